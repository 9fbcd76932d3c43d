using EvidenceLedger.EventStore.Reading;
using NodaTime;
using Npgsql;

namespace EvidenceLedger.Integrity.Verification;

/// <summary>Reads events in the complete order (tx_id, position).</summary>
internal static class EventRows
{
    public static async Task<List<EventRow>> ReadAsync(NpgsqlConnection connection, LogCursor after, int count, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            SELECT e.position, e.tx_id, e.event_id, e.stream_id, e.version, e.type, e.data::text, e.actor, e.recorded_at,
                   e.correlation_id, e.causation_id, e.reason, e.previous_hash, e.hash
            FROM ledger.events e
            WHERE (e.tx_id, e.position) > ($1, $2)
            ORDER BY e.tx_id, e.position
            LIMIT $3
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = after.TxId });
        command.Parameters.Add(new NpgsqlParameter { Value = after.Position });
        command.Parameters.Add(new NpgsqlParameter { Value = count });
        var rows = new List<EventRow>(count);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new EventRow(
                Position: reader.GetInt64(0),
                TxId: reader.GetInt64(1),
                EventId: reader.GetGuid(2),
                StreamId: reader.GetString(3),
                Version: reader.GetInt64(4),
                Type: reader.GetString(5),
                DataJson: reader.GetString(6),
                Actor: reader.GetString(7),
                RecordedAt: reader.GetFieldValue<Instant>(8),
                CorrelationId: reader.GetGuid(9),
                CausationId: reader.IsDBNull(10) ? null : reader.GetGuid(10),
                Reason: reader.IsDBNull(11) ? null : reader.GetString(11),
                PreviousHash: reader.IsDBNull(12) ? null : reader.GetFieldValue<byte[]>(12),
                Hash: reader.GetFieldValue<byte[]>(13)));
        }

        return rows;
    }
}
