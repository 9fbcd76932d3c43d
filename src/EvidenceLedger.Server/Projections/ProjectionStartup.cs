namespace EvidenceLedger.Server.Projections;

/// <summary>Before the server starts listening: rebuilds every document projection whose definition changed.</summary>
public sealed class ProjectionStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => RebuildChangedAsync(services, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The same, for the commands that use the app's services without starting the app.</summary>
    public static async Task RebuildChangedAsync(IServiceProvider services, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        var rebuilds = services.GetRequiredService<ProjectionRebuilds>();
        var logger = services.GetRequiredService<ILogger<ProjectionStartup>>();
        foreach (var projection in await rebuilds.RebuildAsync(rebuilds.Documents, onlyChanged: true, ct))
            logger.LogInformation("Rebuilt the projection {Name} from {Events} events: {Why}.", projection.Name, projection.Events, projection.Why);
    }
}
