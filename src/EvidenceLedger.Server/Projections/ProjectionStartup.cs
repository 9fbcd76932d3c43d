using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.Server.Hosting;

namespace EvidenceLedger.Server.Projections;

/// <summary>Creates every projection's schema before the server starts listening.</summary>
public sealed class ProjectionStartup(LedgerDatabase database, IEnumerable<ProjectionRegistration> registrations) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        ProjectionSetup.EnsureCreatedAsync(database.DataSource, registrations.Select(r => r.Projection), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
