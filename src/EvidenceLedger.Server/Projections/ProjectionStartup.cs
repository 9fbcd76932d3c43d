using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.Server.Hosting;

namespace EvidenceLedger.Server.Projections;

/// <summary>
/// Before the server starts listening: creates every projection's schema, and rebuilds every inline projection (Marten's
/// document projections among them) whose definition changed (async ones are rebuilt by the daemon's leader, <see cref="ProjectionDaemonService"/>).
/// </summary>
public sealed class ProjectionStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => EnsureCreatedAsync(services, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The same, for the commands that use the app's services without starting the app.</summary>
    public static async Task EnsureCreatedAsync(IServiceProvider services, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        var rebuilds = services.GetRequiredService<ProjectionRebuilds>();
        await ProjectionSetup.EnsureCreatedAsync(services.GetRequiredService<LedgerDatabase>().Owner,
            rebuilds.Registrations.Select(r => r.Projection), ct);
        var rebuilt = await rebuilds.RebuildAsync(rebuilds.Registrations.Where(r => r.Lifecycle == ProjectionLifecycle.Inline), rebuilds.Documents,
            onlyChanged: true, ct);
        Log(services.GetRequiredService<ILogger<ProjectionStartup>>(), rebuilt);
    }

    internal static void Log(ILogger logger, IEnumerable<RebuiltProjection> rebuilt)
    {
        foreach (var projection in rebuilt)
            logger.LogInformation("Rebuilt the projection {Name} from {Events} events: {Why}.", projection.Name, projection.Events, projection.Why);
    }
}
