using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Hosting;
using Marten;
using NodaTime;

namespace EvidenceLedger.Server.Projections;

public static class ProjectionServiceCollectionExtensions
{
    /// <summary>Raise <paramref name="version"/> whenever what the projection makes of the events changes: it is then rebuilt at start-up.</summary>
    public static IServiceCollection AddProjection(this IServiceCollection services, IProjection projection, ProjectionLifecycle lifecycle, int version = 1) =>
        services.AddSingleton(new ProjectionRegistration(projection, lifecycle, version));

    /// <summary>The projections Marten runs in the transaction of every append.</summary>
    public static IReadOnlyList<IProjection> InlineProjections(this IServiceProvider services) =>
        [.. services.GetServices<ProjectionRegistration>().Where(r => r.Lifecycle == ProjectionLifecycle.Inline).Select(r => r.Projection)];

    /// <summary>
    /// The store, the async daemon, the rebuilds, and the start-up step that creates
    /// projection schemas and rebuilds those whose definition changed.
    /// </summary>
    public static IServiceCollection AddLedgerStore(this IServiceCollection services)
    {
        services.AddSingleton(sp => new LedgerEventStore(
            sp.GetRequiredService<LedgerDatabase>().DataSource,
            sp.GetRequiredService<IClock>(),
            sp.GetRequiredService<IDocumentStore>(),
            sp.GetService<IActorIds>()));
        services.AddSingleton(sp => new ProjectionDaemon(
            sp.GetRequiredService<LedgerDatabase>().DataSource,
            sp.GetServices<ProjectionRegistration>().Where(r => r.Lifecycle == ProjectionLifecycle.Async).Select(r => r.Projection).ToList(),
            owner: sp.GetRequiredService<LedgerDatabase>().Owner));
        services.AddSingleton<ProjectionRebuilds>();
        services.AddHostedService<ProjectionStartup>();
        services.AddHostedService<ProjectionDaemonService>();
        return services;
    }
}
