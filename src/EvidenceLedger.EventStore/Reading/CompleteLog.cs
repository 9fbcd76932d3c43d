using System.Text.Json;
using EvidenceLedger.EventStore.Hashing;
using NodaTime;
using Npgsql;

namespace EvidenceLedger.EventStore.Reading;

/// <summary>The complete log: every committed event once, in position order, up to a settled fence (<see cref="LogFence"/>).</summary>
public static class CompleteLog
{
    /// <summary>At most <paramref name="maxCount"/> events after <paramref name="after"/> and up to <paramref name="settled"/>.</summary>
    public static async Task<List<LogEntry>> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, LogCursor after, long settled,
        int maxCount, CancellationToken ct = default)
    {
        // Marten's table itself rather than ledger.events, in a function that keeps the plan on the primary key (see its
        // migration): what follows the cursor has no chain row to look up.
        await using var command = new NpgsqlCommand("""
            SELECT "position", event_id, stream_id, version, type, actor, recorded_at, correlation_id, causation_id, payload_sha256, data, reason
            FROM ledger.complete_log_batch($1, $2, $3)
            """, connection, tx);
        command.Parameters.Add(new NpgsqlParameter { Value = after.Position });
        command.Parameters.Add(new NpgsqlParameter { Value = settled });
        command.Parameters.Add(new NpgsqlParameter { Value = maxCount });
        var entries = new List<LogEntry>(Math.Min(maxCount, 4096));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            entries.Add(new LogEntry(
                Position: reader.GetInt64(0),
                EventId: reader.GetGuid(1),
                StreamId: reader.GetString(2),
                Version: reader.GetInt64(3),
                Type: reader.GetString(4),
                Actor: reader.GetString(5),
                RecordedAt: reader.GetFieldValue<Instant>(6),
                CorrelationId: reader.GetGuid(7),
                CausationId: reader.IsDBNull(8) ? null : reader.GetGuid(8),
                PayloadSha256: reader.IsDBNull(9) ? PayloadSha256Of(reader.GetString(10), reader.IsDBNull(11) ? null : reader.GetString(11)) : reader.GetString(9)));
        }

        return entries;
    }

    /// <summary>For an event written around the ledger's append, without the payload hash header it always sets.</summary>
    private static string PayloadSha256Of(string data, string? reason)
    {
        using var document = JsonDocument.Parse(data);
        return EventBody.PayloadSha256(document.RootElement, reason);
    }
}
