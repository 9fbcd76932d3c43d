using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.Server.Hosting;
using Marten;
using NodaTime;

namespace EvidenceLedger.Server.Projections;

public static class ProjectionServiceCollectionExtensions
{
    /// <summary>The store, the rebuilds, and the start-up step that rebuilds the projections whose definition changed.</summary>
    public static IServiceCollection AddLedgerStore(this IServiceCollection services)
    {
        services.AddSingleton(sp => new LedgerEventStore(
            sp.GetRequiredService<LedgerDatabase>().DataSource,
            sp.GetRequiredService<IClock>(),
            sp.GetRequiredService<IDocumentStore>(),
            sp.GetService<IActorIds>()));
        services.AddSingleton<ProjectionRebuilds>();
        services.AddSingleton<LeadersDaemon>();
        services.AddHostedService<ProjectionStartup>();
        return services;
    }
}
