using EvidenceLedger.EventStore.Reading;
using Npgsql;
using NpgsqlTypes;

namespace EvidenceLedger.Integrity.Logging;

/// <summary>
/// Each event's hash (docs/event-hashing.md), from the hash of the version before it in its stream: in the same batch,
/// or already chained, read for all the batch's streams in one query. A stream's versions commit in position order, so
/// the version before an event is always taken in before it.
/// </summary>
internal static class EventChaining
{
    public static async Task<ChainedEvent[]> ChainAsync(NpgsqlConnection connection, NpgsqlTransaction tx, IReadOnlyList<LogEntry> entries,
        CancellationToken ct)
    {
        var heads = await HeadsBeforeAsync(connection, tx, entries, ct);
        // Streams chain independently: each stream's events are hashed in order, the streams side by side.
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
                if (entry.StoredHash is { } stored)
                {
                    chained[i] = new ChainedEvent(entry.Position, entry.EventId, entry.StoredPreviousHash, stored, IsNew: false);
                    head = stored;
                    continue;
                }

                var previous = entry.Version == 1 ? null : head;
                head = entry.HashAfter(previous);
                chained[i] = new ChainedEvent(entry.Position, entry.EventId, previous, head, IsNew: true);
            }
        });

        return chained;
    }

    /// <summary>For each stream whose first event in the batch is unchained and not its first: the hash of its last event before it.</summary>
    private static async Task<Dictionary<string, byte[]?>> HeadsBeforeAsync(NpgsqlConnection connection, NpgsqlTransaction tx,
        IReadOnlyList<LogEntry> entries, CancellationToken ct)
    {
        var heads = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var streams = new List<string>();
        var versions = new List<long>();
        foreach (var entry in entries)
        {
            if (!seen.Add(entry.StreamId) || entry.StoredHash is not null || entry.Version == 1) continue;
            streams.Add(entry.StreamId);
            versions.Add(entry.Version);
        }

        if (streams.Count == 0) return heads;
        await using var command = new NpgsqlCommand("""
            SELECT s.stream_id, (SELECT c.hash FROM ledger.event_chain c WHERE c.position = p.seq_id)
            FROM unnest($1::text[], $2::bigint[]) AS s(stream_id, version)
            CROSS JOIN LATERAL (SELECT e.seq_id FROM ledger.mt_events e WHERE e.stream_id = s.stream_id AND e.version < s.version
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

        return heads;
    }
}
