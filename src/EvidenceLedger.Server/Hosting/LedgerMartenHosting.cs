using EvidenceLedger.EventStore.MartenStorage;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Projections;
using Marten;
using NodaTime;
using Wolverine;
using Wolverine.Marten;

namespace EvidenceLedger.Server.Hosting;

/// <summary>
/// Marten registered the Critter Stack way: the container builds and owns the one <see cref="IDocumentStore"/>, on the
/// ledger's data source (the app role) and clock, and Wolverine knows it (its Marten middleware and code generation).
/// What the server deliberately leaves out: any schema change (the owner role migrates, <see cref="LedgerMarten.ApplySchemaAsync"/>),
/// Wolverine's envelope storage (the commands run in process, MediatorOnly, with nothing to keep in an inbox or outbox),
/// and Marten's async daemon (the ledger's own runs its projections).
/// </summary>
public static class LedgerMartenHosting
{
    public static IServiceCollection AddLedgerMarten(this IServiceCollection services)
    {
        services.AddMarten(sp =>
        {
            var options = new StoreOptions();
            LedgerMarten.ConfigureForAppending(options, sp.GetRequiredService<LedgerDatabase>().DataSource, sp.GetRequiredService<IClock>(),
                EvidenceEvents.Serializer.Registry, sp.InlineProjections());
            return options;
        }).IntegrateWithWolverine();
        // IntegrateWithWolverine also registers a message store on Marten's database, which Wolverine migrates at
        // start-up even in MediatorOnly mode: under AutoCreate.None it only inspects the missing envelope tables and
        // warns, but it is DDL waiting for a looser setting, on tables that would never hold anything. Without the
        // store, the PostgreSQL transport IntegrateWithWolverine adds refuses to start; the ledger has no queue.
        services.DisableAllWolverineMessagePersistence();
        services.DisableAllExternalWolverineTransports();
        return services;
    }
}
