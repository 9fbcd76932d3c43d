using EvidenceLedger.EventStore.MartenStorage;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Incidents.Deciding;
using EvidenceLedger.Server.Evidence.Sources.Deciding;
using Marten;
using NodaTime;
using Npgsql;
using Wolverine;
using Wolverine.Marten;

namespace EvidenceLedger.Server.Hosting;

/// <summary>
/// Marten registered the Critter Stack way: the container builds and owns the one <see cref="IDocumentStore"/>, on the
/// ledger's data source (the app role) and clock, with the projections and the live aggregations Wolverine's
/// aggregate handlers decide on; Wolverine knows it (its Marten middleware, sessions and code generation), and keeps its
/// message storage in schema <c>wolverine</c> of the same database. What the server deliberately leaves out: any schema
/// change (the owner role migrates, <see cref="LedgerMarten.ApplySchemaAsync"/> and <see cref="WolverineMessageStorage"/>)
/// and Marten's async daemon as a hosted service: the leader runs it (<see cref="Projections.LeadersDaemon"/>).
/// </summary>
public static class LedgerMartenHosting
{
    public static IServiceCollection AddLedgerMarten(this IServiceCollection services)
    {
        services.AddMarten(sp =>
        {
            var options = new StoreOptions();
            Configure(options, sp.GetRequiredService<LedgerDatabase>().DataSource, sp.GetRequiredService<IClock>());
            return options;
        }).IntegrateWithWolverine(integration => integration.MessageStorageSchemaName = WolverineMessageStorage.Schema);
        // The ledger has no queue: nothing leaves the process.
        services.DisableAllExternalWolverineTransports();
        return services;
    }

    /// <summary>
    /// The server's Marten on <paramref name="dataSource"/>: the evidence events mapped, the server's documents and their
    /// projections, and the live aggregations Wolverine's aggregate handlers decide on. The owner's rebuild of a document
    /// projection uses the same, on the owner's data source.
    /// </summary>
    public static void Configure(StoreOptions options, NpgsqlDataSource dataSource, IClock clock)
    {
        LedgerMarten.ConfigureForAppending(options, dataSource, clock, EvidenceEvents.Serializer.Registry, LedgerDocuments.Configure);
        // What Wolverine's aggregate handlers decide on: the domain's own state, folded live from the stream.
        options.Projections.Add(new IncidentAggregation(), JasperFx.Events.Projections.ProjectionLifecycle.Live);
        options.Projections.Add(new SourceAggregation(), JasperFx.Events.Projections.ProjectionLifecycle.Live);
    }
}
