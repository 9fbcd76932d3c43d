using EvidenceLedger.EventStore.Reading;
using NodaTime;
using Npgsql;

namespace EvidenceLedger.Integrity.Verification;

/// <summary>Reads events in the complete order: by position.</summary>
internal static class EventRows
{
    public static async Task<List<EventRow>> ReadAsync(NpgsqlConnection connection, LogCursor after, int count, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            SELECT e.position, e.event_id, e.stream_id, e.version, e.type, e.data::text, e.actor, e.recorded_at,
                   e.correlation_id, e.causation_id, e.reason, e.previous_hash, e.hash
            FROM ledger.events e
            WHERE e.position > $1
            ORDER BY e.position
            LIMIT $2
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = after.Position });
        command.Parameters.Add(new NpgsqlParameter { Value = count });
        var rows = new List<EventRow>(count);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new EventRow(
                Position: reader.GetInt64(0),
                EventId: reader.GetGuid(1),
                StreamId: reader.GetString(2),
                Version: reader.GetInt64(3),
                Type: reader.GetString(4),
                DataJson: reader.GetString(5),
                Actor: reader.GetString(6),
                RecordedAt: reader.GetFieldValue<Instant>(7),
                CorrelationId: reader.GetGuid(8),
                CausationId: reader.IsDBNull(9) ? null : reader.GetGuid(9),
                Reason: reader.IsDBNull(10) ? null : reader.GetString(10),
                PreviousHash: reader.IsDBNull(11) ? null : reader.GetFieldValue<byte[]>(11),
                Hash: reader.IsDBNull(12) ? null : reader.GetFieldValue<byte[]>(12)));
        }

        return rows;
    }
}
