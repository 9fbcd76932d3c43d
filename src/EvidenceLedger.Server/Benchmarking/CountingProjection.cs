using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.EventStore.Reading;
using NpgsqlTypes;

namespace EvidenceLedger.Server.Benchmarking;

/// <summary>A small real projection for the catch-up figure: events and last version per stream, one upsert per batch.</summary>
internal sealed class CountingProjection : IProjection
{
    public string Name => "bench_counts";

    public async Task CreateTablesAsync(ProjectionContext context, CancellationToken ct)
    {
        await using var command = context.Command($"CREATE TABLE {context.Table("counts")} (stream_id text PRIMARY KEY, events bigint NOT NULL, last_version bigint NOT NULL)");
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        var perStream = events.GroupBy(e => e.StreamId).Select(g => (Stream: g.Key, Count: (long)g.Count(), Last: g.Max(e => e.Version))).ToList();
        await using var command = context.Command($"""
            INSERT INTO {context.Table("counts")} (stream_id, events, last_version)
            SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[])
            ON CONFLICT (stream_id) DO UPDATE SET events = counts.events + excluded.events, last_version = excluded.last_version
            """);
        command.Parameters.Add(new() { Value = perStream.Select(s => s.Stream).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = perStream.Select(s => s.Count).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        command.Parameters.Add(new() { Value = perStream.Select(s => s.Last).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        await command.ExecuteNonQueryAsync(ct);
    }
}
