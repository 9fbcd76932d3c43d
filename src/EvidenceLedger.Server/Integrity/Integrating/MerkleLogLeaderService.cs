using EvidenceLedger.EventStore.Connections;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Server.Hosting;
using Npgsql;

namespace EvidenceLedger.Server.Integrity.Integrating;

/// <summary>
/// One leader per database (a session advisory lock) keeps the Merkle log up with the event log and signs checkpoints
/// as they fall due; every server process competes for the leadership.
/// </summary>
public sealed class MerkleLogLeaderService(LedgerDatabase database, MerkleLogIntegrator integrator, CheckpointSigner signer, MerkleLogOptions options,
    ILogger<MerkleLogLeaderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var leaderConnection = await database.DataSource.OpenConnectionAsync(stoppingToken);
                if (!await LeaderLock.TryTakeAsync(leaderConnection, options.LeaderLockKey, stoppingToken))
                {
                    await Task.Delay(options.LeaderRetryInterval, stoppingToken);
                    continue;
                }

                try
                {
                    await LeadAsync(leaderConnection, stoppingToken);
                }
                finally
                {
                    await LeaderLock.ReleaseAsync(leaderConnection, options.LeaderLockKey);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // Whatever stopped it (a lost connection, a tampered tree it refuses to extend), the log must be integrated
                // again as soon as it can be; a dead background service would stop the whole server instead.
                logger.LogError(e, "The Merkle log integrator stopped; it retries in {Interval}.", options.LeaderRetryInterval);
                await Task.Delay(options.LeaderRetryInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task LeadAsync(NpgsqlConnection leaderConnection, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            await integrator.CatchUpAsync(ct);
            await signer.SignIfDueAsync(ct);
            await Task.Delay(options.PollInterval, ct);
            // Leadership lives in this session: if the connection broke, this throws and the loop starts over.
            await using var alive = new NpgsqlCommand("SELECT 1", leaderConnection);
            await alive.ExecuteScalarAsync(ct);
        }
    }
}
