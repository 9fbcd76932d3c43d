using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.Server.Hosting;

namespace EvidenceLedger.Server.Projections;

/// <summary>Creates every projection's schema before the server starts listening.</summary>
public sealed class ProjectionStartup(LedgerDatabase database, IEnumerable<ProjectionRegistration> registrations) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => EnsureCreatedAsync(database, registrations, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The same, for the commands that use the app's services without starting the app.</summary>
    public static Task EnsureCreatedAsync(IServiceProvider services, CancellationToken ct) =>
        EnsureCreatedAsync(services.GetRequiredService<LedgerDatabase>(), services.GetServices<ProjectionRegistration>(), ct);

    private static Task EnsureCreatedAsync(LedgerDatabase database, IEnumerable<ProjectionRegistration> registrations, CancellationToken ct) =>
        ProjectionSetup.EnsureCreatedAsync(database.DataSource, registrations.Select(r => r.Projection), ct);
}
