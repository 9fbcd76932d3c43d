using EvidenceLedger.EventStore.Connections;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Server.Hosting;
using EvidenceLedger.Server.Projections;
using EvidenceLedger.Server.Witnessing.Cosigning;

namespace EvidenceLedger.Server.Integrity.Integrating;

/// <summary>
/// One leader per database (a session advisory lock) keeps the Merkle log up with the event log and signs checkpoints
/// as they fall due, starts a round of asking the witnesses to cosign (which runs beside the loop, never blocking it), and
/// runs Marten's async daemon (<see cref="LeadersDaemon"/>); every server process competes for the leadership.
/// </summary>
public sealed class MerkleLogLeaderService(LedgerDatabase database, MerkleLogIntegrator integrator, CheckpointSigner signer, MerkleLogOptions options,
    CheckpointWitnessing witnessing, LeadersDaemon daemon, ILogger<MerkleLogLeaderService> logger) : BackgroundService
{
    private readonly LeaderLock _leader = new(database.DataSource, options.LeaderLockKey, options.PollInterval, options.LeaderRetryInterval);

    // Whatever stopped it (a lost connection, a tampered tree it refuses to extend), the log must be integrated again as
    // soon as it can be; a dead background service would stop the whole server instead.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _leader.RunAsync(IntegrateAndSignAsync, isTransient: _ => true,
            onRetry: e => logger.LogError(e, "The leader's work stopped; it competes for the leadership again in {Interval}.", options.LeaderRetryInterval),
            stoppingToken, stepDown: daemon.StopAsync);

    private async Task IntegrateAndSignAsync(CancellationToken ct)
    {
        await daemon.KeepRunningAsync(ct);
        await integrator.CatchUpAsync(ct);
        await signer.SignIfDueAsync(ct);
        witnessing.Start(ct);
    }
}
