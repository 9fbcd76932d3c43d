using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.Server.Hosting;
using NodaTime;

namespace EvidenceLedger.Server.Projections;

public static class ProjectionServiceCollectionExtensions
{
    public static IServiceCollection AddProjection(this IServiceCollection services, IProjection projection, ProjectionLifecycle lifecycle) =>
        services.AddSingleton(new ProjectionRegistration(projection, lifecycle));

    /// <summary>The store (with every inline projection), the async daemon, and the start-up step that creates projection schemas.</summary>
    public static IServiceCollection AddLedgerStore(this IServiceCollection services)
    {
        services.AddSingleton(sp => new LedgerEventStore(
            sp.GetRequiredService<LedgerDatabase>().DataSource,
            sp.GetRequiredService<IClock>(),
            sp.GetServices<ProjectionRegistration>().Where(r => r.Lifecycle == ProjectionLifecycle.Inline).Select(r => r.Projection).ToList()));
        services.AddSingleton(sp => new ProjectionDaemon(
            sp.GetRequiredService<LedgerDatabase>().DataSource,
            sp.GetServices<ProjectionRegistration>().Where(r => r.Lifecycle == ProjectionLifecycle.Async).Select(r => r.Projection).ToList()));
        services.AddHostedService<ProjectionStartup>();
        services.AddHostedService<ProjectionDaemonService>();
        return services;
    }
}
