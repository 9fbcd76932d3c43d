using EvidenceLedger.EventStore.Reading;
using Npgsql;

namespace EvidenceLedger.Integrity.Logging;

/// <summary>
/// The complete log as <see cref="EvidenceLedger.EventStore.LedgerEventStore.ReadLogAsync(LogCursor, int, CancellationToken)"/>
/// reads it (ordered by (tx_id, position), only below the horizon, the oldest transaction of this database still running), but only the columns a leaf needs:
/// parsing every event's JSON would cost the integrator more than everything else it does.
/// </summary>
internal static class CompleteLogReader
{
    public static async Task<List<LoggedEvent>> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, LogCursor after, int maxCount,
        CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            SELECT tx_id, position, event_id, hash FROM ledger.events
            WHERE (tx_id, position) > ($1, $2) AND tx_id < ledger.log_horizon()
            ORDER BY tx_id, position LIMIT $3
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = after.TxId });
        command.Parameters.Add(new NpgsqlParameter { Value = after.Position });
        command.Parameters.Add(new NpgsqlParameter { Value = maxCount });
        var events = new List<LoggedEvent>(Math.Min(maxCount, 4096));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            events.Add(new LoggedEvent(new LogCursor(reader.GetInt64(0), reader.GetInt64(1)), reader.GetGuid(2), reader.GetFieldValue<byte[]>(3)));
        }

        return events;
    }
}
