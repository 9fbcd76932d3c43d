using EvidenceLedger.EventStore.Reading;
using Npgsql;
using NpgsqlTypes;

namespace EvidenceLedger.Integrity.Logging;

/// <summary>
/// Each event's hash (docs/event-hashing.md), from the hash of the version before it in its stream: earlier in the same
/// batch, or already in the log, read for all the batch's streams in one query. A stream's versions commit in position
/// order, so the version before an event is always taken in before it.
/// </summary>
internal static class EventChaining
{
    /// <summary>
    /// The batch's events chained, in order. The hash before each stream's first event in the batch comes from
    /// <paramref name="laterThanStored"/> when it is there (the hashes a batch not committed yet ends its streams with),
    /// else from the stored chain.
    /// </summary>
    public static async Task<ChainedEvent[]> ChainAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, IReadOnlyList<LogEntry> entries,
        Dictionary<string, byte[]>? laterThanStored, CancellationToken ct)
    {
        var heads = laterThanStored ?? new Dictionary<string, byte[]>(StringComparer.Ordinal);
        await AddStoredHeadsAsync(connection, tx, entries, heads, ct);
        return Chain(entries, heads);
    }

    /// <summary>The hash each stream of <paramref name="events"/> ends with in it.</summary>
    public static Dictionary<string, byte[]> HeadsAfter(IReadOnlyList<ChainedEvent> events)
    {
        var heads = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var e in events) heads[e.StreamId] = e.Hash;
        return heads;
    }

    /// <summary>Adds to <paramref name="heads"/> the stored hash before each stream's first event in the batch, for the streams it lacks.</summary>
    private static async Task AddStoredHeadsAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, IReadOnlyList<LogEntry> entries,
        Dictionary<string, byte[]> heads, CancellationToken ct)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var streams = new List<string>();
        var versions = new List<long>();
        foreach (var entry in entries)
        {
            if (!seen.Add(entry.StreamId) || entry.Version == 1 || heads.ContainsKey(entry.StreamId)) continue;
            streams.Add(entry.StreamId);
            versions.Add(entry.Version);
        }

        if (streams.Count == 0) return;
        await using var command = new NpgsqlCommand("""
            SELECT s.stream_id, (SELECT c.hash FROM ledger.event_chain c WHERE c.position = p.seq_id AND c.event_id = p.id)
            FROM unnest($1::text[], $2::bigint[]) AS s(stream_id, version)
            CROSS JOIN LATERAL (SELECT e.seq_id, e.id FROM ledger.mt_events e WHERE e.stream_id = s.stream_id AND e.version < s.version
                                ORDER BY e.version DESC LIMIT 1) AS p
            """, connection, tx);
        command.Parameters.Add(new NpgsqlParameter { Value = streams.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = versions.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var streamId = reader.GetString(0);
            if (reader.IsDBNull(1))
            {
                throw new IntegrityViolationException(
                    $"Stream '{streamId}' holds an unchained event below one the complete log is taking in now: an event was inserted behind the log. Run verify.");
            }

            heads[streamId] = reader.GetFieldValue<byte[]>(1);
        }
    }

    /// <summary>
    /// The batch's events chained, in order, from the hash before each stream's first event. Streams chain independently:
    /// each stream's events are hashed in order, the streams side by side on every core.
    /// </summary>
    private static ChainedEvent[] Chain(IReadOnlyList<LogEntry> entries, IReadOnlyDictionary<string, byte[]> heads)
    {
        var streams = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            if (!streams.TryGetValue(entries[i].StreamId, out var indexes)) streams[entries[i].StreamId] = indexes = [];
            indexes.Add(i);
        }

        var chained = new ChainedEvent[entries.Count];
        Parallel.ForEach(streams, stream =>
        {
            var head = heads.GetValueOrDefault(stream.Key);
            foreach (var i in stream.Value)
            {
                var entry = entries[i];
                var previous = entry.Version == 1 ? null : head;
                head = entry.HashAfter(previous);
                chained[i] = new ChainedEvent(entry.Position, entry.EventId, entry.StreamId, previous, head);
            }
        });

        return chained;
    }
}
