using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Evidence.Sources.Viewing;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Replaying;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;

namespace EvidenceLedger.Server.Evidence.Sources;

/// <summary>
/// Marten's inline projection of each source's stream into its <see cref="SourceListing"/>: the current
/// <see cref="SourceView"/> (built by the domain's <see cref="SourceViewBuilder"/>) with its name and aliases for
/// searching. Never holds the protected identity.
/// </summary>
public sealed partial class SourcesProjection : SingleStreamProjection<SourceListing, string>
{
    public const string ProjectionName = "evidence_sources";

    /// <summary>Raise whenever what <see cref="Evolve"/> makes of the events changes: the sources are then rebuilt at start-up.</summary>
    public const int DefinitionVersion = 1;

    /// <summary>
    /// SQL: the current sources as rows of <c>source_id</c>, <c>view</c> (jsonb), <c>search_text</c> and
    /// <c>registered_position</c>, the position of the source's first event, which Marten's inline projections do not see
    /// (docs/event-store.md), so it is read from the events.
    /// </summary>
    public const string Table = """
        (SELECT (d.data->>'sourceId')::uuid AS source_id, d.data->'view' AS view, d.data->>'searchText' AS search_text,
                e.seq_id AS registered_position
         FROM ledger.mt_doc_sourcelisting d JOIN ledger.mt_events e ON e.stream_id = d.id AND e.version = 1) sources
        """;

    public SourcesProjection()
    {
        foreach (var (_, type) in EvidenceEvents.Serializer.Registry.Types)
            if (typeof(ISourceEvent).IsAssignableFrom(type)) IncludeType(type);
    }

    public static void Register(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Projections.Add(new SourcesProjection(), ProjectionLifecycle.Inline);
    }

    public override SourceListing? Evolve(SourceListing? snapshot, string id, IEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Data is not ISourceEvent @event) return snapshot;
        var view = SourceViewBuilder.Apply(snapshot?.View, @event, EvidenceHistory.Envelope(e));
        return new SourceListing { Id = id, SourceId = view.SourceId, Version = view.Version, SearchText = SourceFilter.SearchText(view), View = view };
    }
}
