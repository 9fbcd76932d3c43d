using EvidenceLedger.EventStore.Reading;
using Npgsql;

namespace EvidenceLedger.Integrity.Verification;

/// <summary>
/// Every event the Merkle log's integrator has passed must have its chain row, written with its leaf: one without was
/// inserted behind the log (or its row deleted). Events past the integrator's cursor are chained when it reaches them,
/// except one at a position the event sequence has not handed out: no fence ever passes it, and only a write around
/// Marten's append puts it there.
/// </summary>
internal static class UnchainedEvents
{
    public static async Task CheckAsync(NpgsqlConnection connection, ProblemLog problems, LogCursor integratorCursor, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            SELECT e.seq_id, e.stream_id, e.version, e.id FROM ledger.mt_events e
            WHERE (e.seq_id <= $1 OR e.seq_id > coalesce(pg_sequence_last_value('ledger.mt_events_sequence'), 0))
              AND NOT EXISTS (SELECT FROM ledger.event_chain c WHERE c.position = e.seq_id)
            ORDER BY e.seq_id
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = integratorCursor.Position });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var (position, streamId, version, eventId) = (reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetGuid(3));
            var why = position <= integratorCursor.Position
                ? "though the integrator has passed its position: it was inserted behind the log, or its chain row was deleted"
                : "and a position the event sequence has not handed out: it was written around Marten's append";
            problems.Add(new(VerificationProblemKind.EventUnchained,
                $"Event {eventId} (stream '{streamId}', version {version}, position {position}) has no chain row, {why}.",
                Position: position, StreamId: streamId, Version: version, EventId: eventId));
        }
    }
}
