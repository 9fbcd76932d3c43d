using EvidenceLedger.EventStore.Connections;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Server.Hosting;
using EvidenceLedger.Server.Witnessing.Cosigning;

namespace EvidenceLedger.Server.Integrity.Integrating;

/// <summary>
/// One leader per database (a session advisory lock) keeps the Merkle log up with the event log and signs checkpoints
/// as they fall due, and starts a round of asking the witnesses to cosign (which runs beside the loop, never blocking it);
/// every server process competes for the leadership.
/// </summary>
public sealed class MerkleLogLeaderService(LedgerDatabase database, MerkleLogIntegrator integrator, CheckpointSigner signer, MerkleLogOptions options,
    CheckpointWitnessing witnessing, ILogger<MerkleLogLeaderService> logger) : BackgroundService
{
    private readonly LeaderLock _leader = new(database.DataSource, options.LeaderLockKey, options.PollInterval, options.LeaderRetryInterval);

    // Whatever stopped it (a lost connection, a tampered tree it refuses to extend), the log must be integrated again as
    // soon as it can be; a dead background service would stop the whole server instead.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _leader.RunAsync(IntegrateAndSignAsync, isTransient: _ => true,
            onRetry: e => logger.LogError(e, "The Merkle log integrator stopped; it retries in {Interval}.", options.LeaderRetryInterval),
            stoppingToken);

    private async Task IntegrateAndSignAsync(CancellationToken ct)
    {
        await integrator.CatchUpAsync(ct);
        await signer.SignIfDueAsync(ct);
        witnessing.Start(ct);
    }
}
