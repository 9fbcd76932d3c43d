using System.Text.Json;
using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Evidence.Incidents.Viewing;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Incidents.Searching;

namespace EvidenceLedger.Server.Evidence.Incidents;

/// <summary>
/// Inline: each incident's current <see cref="IncidentView"/> (built by the domain's <see cref="IncidentViewBuilder"/>),
/// with the columns the incident list searches and filters on: text, place-name keys of every spelling, the widest
/// days the EDTF date can mean, and the statuses of the claims still standing.
/// </summary>
public sealed class IncidentsProjection : IProjection
{
    public const string ProjectionName = "evidence_incidents";

    public string Name => ProjectionName;

    public static string Table => $"\"{ProjectionSchemas.Live(ProjectionName)}\".\"incidents\"";

    public async Task CreateTablesAsync(ProjectionContext context, CancellationToken ct)
    {
        await using var command = context.Command($"""
            CREATE TABLE {context.Table("incidents")} (
                incident_id       uuid   PRIMARY KEY,
                version           bigint NOT NULL,
                recorded_position bigint NOT NULL,
                search_text       text   NOT NULL,
                place_keys        text[] NOT NULL,
                occurred_earliest date,
                occurred_latest   date,
                claim_statuses    text[] NOT NULL,
                view              jsonb  NOT NULL);
            CREATE INDEX incidents_place_keys ON {context.Table("incidents")} USING gin (place_keys);
            CREATE INDEX incidents_claim_statuses ON {context.Table("incidents")} USING gin (claim_statuses);
            """);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        var changed = new Dictionary<Guid, (IncidentView View, long RecordedPosition)>();
        foreach (var stored in events)
        {
            if (EvidenceEvents.AsIncidentEvent(stored) is not { } @event) continue;
            var (view, recordedPosition) = changed.TryGetValue(@event.IncidentId, out var known)
                ? known
                : await LoadAsync(context, @event.IncidentId, ct);
            if (view is not null && stored.Version <= view.Version) continue;
            changed[@event.IncidentId] = (IncidentViewBuilder.Apply(view, @event, EvidenceEvents.Envelope(stored)), view is null ? stored.Position : recordedPosition);
        }

        foreach (var (incidentId, (view, recordedPosition)) in changed)
        {
            await using var upsert = context.Command($"""
                INSERT INTO {context.Table("incidents")}
                    (incident_id, version, recorded_position, search_text, place_keys, occurred_earliest, occurred_latest, claim_statuses, view)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)
                ON CONFLICT (incident_id) DO UPDATE SET version = excluded.version, search_text = excluded.search_text,
                    place_keys = excluded.place_keys, occurred_earliest = excluded.occurred_earliest, occurred_latest = excluded.occurred_latest,
                    claim_statuses = excluded.claim_statuses, view = excluded.view
                """);
            upsert.Parameters.Add(new() { Value = incidentId });
            upsert.Parameters.Add(new() { Value = view.Version });
            upsert.Parameters.Add(new() { Value = recordedPosition });
            upsert.Parameters.Add(new() { Value = IncidentFilter.SearchText(view) });
            upsert.Parameters.Add(new() { Value = view.Place.SearchKeys().ToArray() });
            upsert.Parameters.Add(new() { Value = (object?)view.Occurred.Earliest?.ToDateOnly() ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Date });
            upsert.Parameters.Add(new() { Value = (object?)view.Occurred.Latest?.ToDateOnly() ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Date });
            upsert.Parameters.Add(new() { Value = IncidentFilter.OpenClaimStatusNames(view) });
            upsert.Parameters.Add(new() { Value = JsonSerializer.Serialize(view, EvidenceEvents.ViewJson) });
            await upsert.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task<(IncidentView? View, long RecordedPosition)> LoadAsync(ProjectionContext context, Guid incidentId, CancellationToken ct)
    {
        await using var select = context.Command($"SELECT view::text, recorded_position FROM {context.Table("incidents")} WHERE incident_id = $1");
        select.Parameters.Add(new() { Value = incidentId });
        await using var reader = await select.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? (JsonSerializer.Deserialize<IncidentView>(reader.GetString(0), EvidenceEvents.ViewJson), reader.GetInt64(1))
            : (null, 0);
    }
}
