using EvidenceLedger.EventStore.Connections;
using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.Server.Hosting;
using Npgsql;

namespace EvidenceLedger.Server.Projections;

/// <summary>
/// Runs the async daemon for the server's lifetime; every server process competes for the one leadership. The leader
/// first rebuilds every async projection whose definition changed: only while leading can it know no daemon of another
/// process is catching the projection up meanwhile.
/// </summary>
public sealed class ProjectionDaemonService(ProjectionDaemon daemon, ProjectionRebuilds rebuilds, LedgerDatabase database,
    ILogger<ProjectionDaemonService> logger) : BackgroundService
{
    private static readonly DaemonOptions Options = new();
    private bool _definitionsChecked;

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (daemon.Projections.Count == 0) return Task.CompletedTask;
        var leader = new LeaderLock(database.DataSource, Options.LeaderLockKey, Options.PollInterval, Options.LeaderRetryInterval);
        return leader.RunAsync(LeadAsync, e => e is NpgsqlException, onRetry: null, stoppingToken);
    }

    private async Task LeadAsync(CancellationToken ct)
    {
        if (!_definitionsChecked)
        {
            var async = rebuilds.Registrations.Where(r => r.Lifecycle == ProjectionLifecycle.Async);
            ProjectionStartup.Log(logger, await rebuilds.RebuildAsync(async, onlyChanged: true, ct));
            _definitionsChecked = true;
        }
        await daemon.CatchUpAsync(ct);
    }
}
