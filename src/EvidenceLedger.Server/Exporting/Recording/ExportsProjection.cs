using System.Text.Json;
using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.Recording;

/// <summary>Inline: every recorded export, so the list of past exports (per incident or overall) is one indexed query.</summary>
public sealed class ExportsProjection : IProjection
{
    public const string ProjectionName = "exports";

    public string Name => ProjectionName;

    public static string Table => $"\"{ProjectionSchemas.Live(ProjectionName)}\".\"exports\"";

    public async Task CreateTablesAsync(ProjectionContext context, CancellationToken ct)
    {
        await using var command = context.Command($"""
            CREATE TABLE {context.Table("exports")} (
                export_id   uuid   PRIMARY KEY,
                incident_id uuid   NOT NULL,
                position    bigint NOT NULL,
                record      jsonb  NOT NULL);
            CREATE INDEX ON {context.Table("exports")} (incident_id, position);
            CREATE INDEX ON {context.Table("exports")} (position);
            """);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        foreach (var stored in events)
        {
            if (ExportRecords.From(stored) is not { } record) continue;
            await using var insert = context.Command($"""
                INSERT INTO {context.Table("exports")} (export_id, incident_id, position, record) VALUES ($1, $2, $3, $4::jsonb)
                ON CONFLICT (export_id) DO NOTHING
                """);
            insert.Parameters.Add(new() { Value = record.ExportId });
            insert.Parameters.Add(new() { Value = record.IncidentId });
            insert.Parameters.Add(new() { Value = record.Position });
            insert.Parameters.Add(new() { Value = JsonSerializer.Serialize(record, BundleJson.Options) });
            await insert.ExecuteNonQueryAsync(ct);
        }
    }
}
