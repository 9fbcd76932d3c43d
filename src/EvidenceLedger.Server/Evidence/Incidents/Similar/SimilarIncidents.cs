using System.Text.Json;
using EvidenceLedger.EventStore;
using EvidenceLedger.Evidence.Incidents.Viewing;
using EvidenceLedger.Evidence.Texts;
using EvidenceLedger.Server.Evidence.Common;
using Npgsql;

namespace EvidenceLedger.Server.Evidence.Incidents.Similar;

/// <summary>The recorded incidents a new title likely duplicates (<see cref="LikelyDuplicates"/>).</summary>
public sealed class SimilarIncidents(LedgerEventStore store)
{
    /// <summary>The current incidents whose title is likely <paramref name="title"/>, newest first.</summary>
    public async Task<IReadOnlyList<IncidentSummary>> ToAsync(string? title, CancellationToken ct = default)
    {
        if (LikelyDuplicates.Key(title).Length == 0) return [];
        var ids = new List<Guid>();
        await using (var titles = store.DataSource.CreateCommand($"SELECT incident_id, view->>'title' FROM {IncidentsProjection.Table} ORDER BY recorded_position DESC"))
        await using (var reader = await titles.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                if (LikelyDuplicates.Similar(title, reader.GetString(1))) ids.Add(reader.GetGuid(0));
            }
        }
        if (ids.Count == 0) return [];

        await using var select = store.DataSource.CreateCommand($"SELECT view::text FROM {IncidentsProjection.Table} WHERE incident_id = ANY($1) ORDER BY recorded_position DESC");
        select.Parameters.Add(new NpgsqlParameter { Value = ids.ToArray() });
        var similar = new List<IncidentSummary>();
        await using var views = await select.ExecuteReaderAsync(ct);
        while (await views.ReadAsync(ct))
            similar.Add(IncidentSummary.From(JsonSerializer.Deserialize<IncidentView>(views.GetString(0), EvidenceEvents.ViewJson)!));
        return similar;
    }
}
