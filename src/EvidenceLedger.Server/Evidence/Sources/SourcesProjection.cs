using System.Text.Json;
using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Evidence.Sources.Viewing;
using EvidenceLedger.Server.Evidence.Common;

namespace EvidenceLedger.Server.Evidence.Sources;

/// <summary>
/// Inline: each source's current <see cref="SourceView"/> (built by the domain's <see cref="SourceViewBuilder"/>), with its
/// name and aliases for searching. Never holds the protected identity.
/// </summary>
public sealed class SourcesProjection : IProjection
{
    public const string ProjectionName = "evidence_sources";

    public string Name => ProjectionName;

    public static string Table => $"\"{ProjectionSchemas.Live(ProjectionName)}\".\"sources\"";

    public async Task CreateTablesAsync(ProjectionContext context, CancellationToken ct)
    {
        await using var command = context.Command($"""
            CREATE TABLE {context.Table("sources")} (
                source_id           uuid   PRIMARY KEY,
                version             bigint NOT NULL,
                registered_position bigint NOT NULL,
                search_text         text   NOT NULL,
                view                jsonb  NOT NULL)
            """);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        var changed = new Dictionary<Guid, (SourceView View, long RegisteredPosition)>();
        foreach (var stored in events)
        {
            if (EvidenceEvents.AsSourceEvent(stored) is not { } @event) continue;
            var (view, registeredPosition) = changed.TryGetValue(@event.SourceId, out var known)
                ? known
                : await LoadAsync(context, @event.SourceId, ct);
            if (view is not null && stored.Version <= view.Version) continue;
            changed[@event.SourceId] = (SourceViewBuilder.Apply(view, @event, EvidenceEvents.Envelope(stored)), view is null ? stored.Position : registeredPosition);
        }

        foreach (var (sourceId, (view, registeredPosition)) in changed)
        {
            await using var upsert = context.Command($"""
                INSERT INTO {context.Table("sources")} (source_id, version, registered_position, search_text, view)
                VALUES ($1, $2, $3, $4, $5::jsonb)
                ON CONFLICT (source_id) DO UPDATE SET version = excluded.version, search_text = excluded.search_text, view = excluded.view
                """);
            upsert.Parameters.Add(new() { Value = sourceId });
            upsert.Parameters.Add(new() { Value = view.Version });
            upsert.Parameters.Add(new() { Value = registeredPosition });
            upsert.Parameters.Add(new() { Value = SourceFilter.SearchText(view) });
            upsert.Parameters.Add(new() { Value = JsonSerializer.Serialize(view, EvidenceEvents.ViewJson) });
            await upsert.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task<(SourceView? View, long RegisteredPosition)> LoadAsync(ProjectionContext context, Guid sourceId, CancellationToken ct)
    {
        await using var select = context.Command($"SELECT view::text, registered_position FROM {context.Table("sources")} WHERE source_id = $1");
        select.Parameters.Add(new() { Value = sourceId });
        await using var reader = await select.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? (JsonSerializer.Deserialize<SourceView>(reader.GetString(0), EvidenceEvents.ViewJson), reader.GetInt64(1))
            : (null, 0);
    }
}
