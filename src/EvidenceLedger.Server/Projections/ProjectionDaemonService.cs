using EvidenceLedger.EventStore.Projections;

namespace EvidenceLedger.Server.Projections;

/// <summary>Runs the async daemon for the server's lifetime; every server process competes for the one leadership.</summary>
public sealed class ProjectionDaemonService(ProjectionDaemon daemon) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        daemon.Projections.Count == 0 ? Task.CompletedTask : daemon.RunAsync(stoppingToken);
}
