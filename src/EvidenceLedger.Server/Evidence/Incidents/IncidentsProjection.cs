using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Incidents.Viewing;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Incidents.Searching;
using EvidenceLedger.Server.Evidence.Replaying;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Weasel.Postgresql.Tables;

namespace EvidenceLedger.Server.Evidence.Incidents;

/// <summary>
/// Marten's inline projection of each incident's stream into its <see cref="IncidentListing"/>: the current
/// <see cref="IncidentView"/> (built by the domain's <see cref="IncidentViewBuilder"/>) with the columns the incident list
/// searches and filters on: text, place-name keys of every spelling, the widest days the EDTF date can mean, and the
/// statuses of the claims still standing.
/// </summary>
public sealed partial class IncidentsProjection : SingleStreamProjection<IncidentListing, string>
{
    public const string ProjectionName = "evidence_incidents";

    /// <summary>Raise whenever what <see cref="Evolve"/> makes of the events changes: the incidents are then rebuilt at start-up.</summary>
    public const int DefinitionVersion = 1;

    /// <summary>
    /// SQL: the current incidents as rows of <c>incident_id</c>, <c>version</c>, <c>view</c> (jsonb), the search columns,
    /// and <c>recorded_position</c>, the position of the incident's first event, which Marten's inline projections do not
    /// see (docs/event-store.md), so it is read from the events.
    /// </summary>
    public const string Table = """
        (SELECT d.incident_id, (d.data->>'version')::bigint AS version, d.data->>'searchText' AS search_text, d.place_keys,
                d.occurred_earliest, d.occurred_latest, d.claim_statuses,
                d.data->'view' AS view, e.seq_id AS recorded_position
         FROM ledger.mt_doc_incidentlisting d JOIN ledger.mt_events e ON e.stream_id = d.id AND e.version = 1) incidents
        """;

    public IncidentsProjection()
    {
        foreach (var (_, type) in EvidenceEvents.Serializer.Registry.Types)
            if (typeof(IIncidentEvent).IsAssignableFrom(type)) IncludeType(type);
    }

    public static void Register(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Projections.Add(new IncidentsProjection(), ProjectionLifecycle.Inline);
        // Columns of their own for what the list filters on, indexed (the search text is matched by substring: no index helps).
        options.Schema.For<IncidentListing>()
            .Duplicate(x => x.IncidentId, pgType: "uuid", notNull: true)
            .Duplicate(x => x.PlaceKeys, pgType: "text[]", notNull: true, configure: index => index.Method = IndexMethod.gin)
            .Duplicate(x => x.OccurredEarliest, pgType: "date")
            .Duplicate(x => x.OccurredLatest, pgType: "date")
            .Duplicate(x => x.ClaimStatuses, pgType: "text[]", notNull: true, configure: index => index.Method = IndexMethod.gin);
    }

    public override IncidentListing? Evolve(IncidentListing? snapshot, string id, IEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Data is not IIncidentEvent @event) return snapshot;
        var view = IncidentViewBuilder.Apply(snapshot?.View, @event, EvidenceHistory.Envelope(e));
        return new IncidentListing
        {
            Id = id, IncidentId = view.IncidentId, Version = view.Version, SearchText = IncidentFilter.SearchText(view),
            PlaceKeys = [.. view.Place.SearchKeys()], OccurredEarliest = view.Occurred.Earliest?.ToDateOnly(),
            OccurredLatest = view.Occurred.Latest?.ToDateOnly(), ClaimStatuses = IncidentFilter.OpenClaimStatusNames(view), View = view,
        };
    }
}
