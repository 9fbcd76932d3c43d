using System.Text.Json;
using System.Text.Json.Nodes;
using EvidenceLedger.EventStore.Events;
using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.Recording;

/// <summary>
/// Inline: every recorded export, so the list of past exports (per incident or overall) is one indexed query. An export's
/// row is written by its <see cref="IncidentExported"/> and completed by its <see cref="IncidentExportSealed"/>; only
/// sealed exports (<see cref="SealedCondition"/>) were handed out.
/// </summary>
public sealed class ExportsProjection : IProjection
{
    public const string ProjectionName = "exports";

    /// <summary>SQL: the row's export was sealed, i.e. its bundle was finished and handed out.</summary>
    public const string SealedCondition = "record ? 'bundleSha256'";

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
            if (!ExportStreams.IsExport(stored.StreamId)) continue;
            if (stored.Type == ExportStreams.Exported && IncidentExportedV1.Holds(stored.Data))
            {
                var v1 = stored.Data.Deserialize<IncidentExportedV1>(EventSerializer.DefaultOptions)!;
                var record = v1.Record(stored.EventId, stored.Actor, stored.Reason, stored.Position);
                await InsertAsync(context, stored, v1.IncidentId, JsonSerializer.SerializeToNode(record, BundleJson.Options)!.AsObject(), ct);
                continue;
            }
            switch (ExportStreams.Serializer.Deserialize(stored))
            {
                case IncidentExported exported:
                    await InsertAsync(context, stored, exported, ct);
                    break;
                case IncidentExportSealed seal:
                    await SealAsync(context, seal, ct);
                    break;
            }
        }
    }

    private static async Task InsertAsync(ProjectionContext context, StoredEvent stored, IncidentExported exported, CancellationToken ct)
    {
        var record = JsonSerializer.SerializeToNode(
            ExportRecord.Of(stored.EventId, exported, stored.Actor, stored.Reason, stored.Position, new IncidentExportSealed(stored.EventId, "", 0)),
            BundleJson.Options)!.AsObject();
        // Not handed out until sealed: the seal's members are what tells a sealed export from one still being made.
        record.Remove("bundleSha256");
        record.Remove("bundleBytes");
        await InsertAsync(context, stored, exported.IncidentId, record, ct);
    }

    private static async Task InsertAsync(ProjectionContext context, StoredEvent stored, Guid incidentId, JsonObject record, CancellationToken ct)
    {
        await using var insert = context.Command($"""
            INSERT INTO {context.Table("exports")} (export_id, incident_id, position, record) VALUES ($1, $2, $3, $4::jsonb)
            ON CONFLICT (export_id) DO NOTHING
            """);
        insert.Parameters.Add(new() { Value = stored.EventId });
        insert.Parameters.Add(new() { Value = incidentId });
        insert.Parameters.Add(new() { Value = stored.Position });
        insert.Parameters.Add(new() { Value = record.ToJsonString() });
        await insert.ExecuteNonQueryAsync(ct);
    }

    private static async Task SealAsync(ProjectionContext context, IncidentExportSealed seal, CancellationToken ct)
    {
        await using var update = context.Command($"""
            UPDATE {context.Table("exports")} SET record = record || jsonb_build_object('bundleSha256', $2::text, 'bundleBytes', $3::bigint)
            WHERE export_id = $1
            """);
        update.Parameters.Add(new() { Value = seal.ExportId });
        update.Parameters.Add(new() { Value = seal.BundleSha256 });
        update.Parameters.Add(new() { Value = seal.BundleBytes });
        await update.ExecuteNonQueryAsync(ct);
    }
}
