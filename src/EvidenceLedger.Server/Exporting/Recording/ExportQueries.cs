using System.Text.Json;
using EvidenceLedger.EventStore.Events;
using EvidenceLedger.Server.Hosting;
using Npgsql;

namespace EvidenceLedger.Server.Exporting.Recording;

/// <summary>Past exports (those sealed: their bundles were handed out), newest first: of one incident or of all, a page at a time.</summary>
public sealed class ExportQueries(LedgerDatabase database)
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;

    /// <param name="incidentId">Only this incident's exports; null for every incident's.</param>
    /// <param name="before">Only exports recorded before this ledger position (the previous page's <see cref="ExportList.NextBefore"/>).</param>
    /// <param name="pageSize">1 to <see cref="MaxPageSize"/>.</param>
    public async Task<ExportList> ListAsync(Guid? incidentId = null, long? before = null, int pageSize = DefaultPageSize, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        await using var command = database.DataSource.CreateCommand($"""
            SELECT listing::text, position FROM {ExportsProjection.Table}
            WHERE ($1::uuid IS NULL OR incident_id = $1) AND position < $2
            ORDER BY position DESC LIMIT $3
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)incidentId ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = before ?? long.MaxValue });
        command.Parameters.Add(new NpgsqlParameter { Value = pageSize + 1 });

        var items = new List<ExportRecord>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) items.Add(Record(reader));
        var more = items.Count > pageSize;
        if (more) items.RemoveAt(pageSize);
        return new ExportList(items, more ? items[^1].Position : null);
    }

    /// <summary>One sealed export by the id of its <c>incident_exported</c> event; null when there is none.</summary>
    public async Task<ExportRecord?> FindAsync(Guid exportId, CancellationToken ct = default)
    {
        await using var command = database.DataSource.CreateCommand($"SELECT listing::text, position FROM {ExportsProjection.Table} WHERE export_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = exportId });
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Record(reader) : null;
    }

    /// <summary>Every export of one incident, newest first.</summary>
    public async Task<IReadOnlyList<ExportRecord>> OfIncidentAsync(Guid incidentId, CancellationToken ct = default)
    {
        var all = new List<ExportRecord>();
        long? before = null;
        do
        {
            var page = await ListAsync(incidentId, before, MaxPageSize, ct);
            all.AddRange(page.Items);
            before = page.NextBefore;
        }
        while (before is not null);
        return all;
    }

    /// <summary>A row of <see cref="ExportsProjection.Table"/>: the document as Marten serialized it, and its position.</summary>
    private static ExportRecord Record(NpgsqlDataReader reader) =>
        JsonSerializer.Deserialize<ExportListing>(reader.GetString(0), EventSerializer.DefaultOptions)!.Record(reader.GetInt64(1));
}
