using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.MartenStorage;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;

namespace EvidenceLedger.Server.Exporting.Recording;

/// <summary>
/// Marten's inline projection of the exports into one <see cref="ExportListing"/> each, so the list of past exports (per
/// incident or overall) is one indexed query the moment an export is recorded. An export's document is made by its
/// <see cref="IncidentExported"/>, whose event id is the export's id, and completed by its <see cref="IncidentExportSealed"/>;
/// one incident's exports share its stream <c>export-{incidentId}</c>, so the documents are grouped by export, not by stream.
/// </summary>
public sealed partial class ExportsProjection : MultiStreamProjection<ExportListing, Guid>
{
    public const string ProjectionName = "exports";

    /// <summary>Raise whenever what <see cref="Evolve"/> makes of the events changes: the exports are then rebuilt at start-up.</summary>
    public const int DefinitionVersion = 1;

    /// <summary>
    /// SQL: the sealed exports (those handed out) as rows of <c>export_id</c>, <c>incident_id</c>, <c>listing</c> (jsonb)
    /// and <c>position</c>, the ledger position of the export's <c>incident_exported</c> event, which Marten's inline
    /// projections do not see (docs/event-store.md), so it is read from the events by their unique id.
    /// </summary>
    public const string Table = """
        (SELECT d.id AS export_id, d.incident_id, d.data AS listing, e.seq_id AS position
         FROM ledger.mt_doc_exportlisting d JOIN ledger.mt_events e ON e.id = d.id
         WHERE d.data->>'bundleSha256' IS NOT NULL) exports
        """;

    public ExportsProjection()
    {
        IncludeType<IncidentExported>();
        IncludeType<IncidentExportSealed>();
        CustomGrouping((_, events, grouping) =>
        {
            foreach (var e in events)
                if (ExportIdOf(e) is { } exportId) grouping.AddEvent(exportId, e);
            return Task.CompletedTask;
        });
    }

    /// <summary>The export events under their stored names, the projection (inline), and the export list's index.</summary>
    public static void Register(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (name, type) in ExportStreams.Serializer.Registry.Types) options.Events.MapEventType(type, name);
        options.Projections.Add(new ExportsProjection(), ProjectionLifecycle.Inline);
        options.Schema.For<ExportListing>().Duplicate(x => x.IncidentId, pgType: "uuid", notNull: true);
    }

    /// <summary>The export <paramref name="e"/> belongs to; null for any other event.</summary>
    public static Guid? ExportIdOf(IEvent e) => e?.Data switch
    {
        IncidentExported => e.Id,
        IncidentExportSealed seal => seal.ExportId,
        _ => null,
    };

    public override ExportListing? Evolve(ExportListing? snapshot, Guid id, IEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        switch (e.Data)
        {
            case IncidentExported exported:
                return ExportListing.Recorded(id, exported, e.UserName ?? string.Empty, MartenHistory.Header(e, LedgerEventStore.ReasonHeader));
            case IncidentExportSealed seal when snapshot is not null:
                return snapshot.Sealed(seal);
            default:
                return snapshot;
        }
    }

    /// <summary>
    /// Folds every export of the stream <paramref name="streamKey"/> (one incident's) through this projection and stores
    /// each on <paramref name="session"/>: the rebuild's step, as Marten's per-stream live aggregation is for the others.
    /// </summary>
    public static async Task StoreExportsOfAsync(IDocumentSession session, string streamKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        var projection = new ExportsProjection();
        var events = await session.Events.FetchStreamAsync(streamKey, token: ct);
        foreach (var export in events.GroupBy(ExportIdOf))
        {
            if (export.Key is not { } exportId) continue;
            if (export.Aggregate((ExportListing?)null, (listing, e) => projection.Evolve(listing, exportId, e)) is { } folded) session.Store(folded);
        }
    }
}
