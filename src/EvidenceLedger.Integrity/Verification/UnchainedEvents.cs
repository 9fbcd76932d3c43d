using Npgsql;

namespace EvidenceLedger.Integrity.Verification;

/// <summary>
/// An event at a position the event sequence has not handed out: no log fence ever passes it, so the integrator never
/// chains it, and only a write around Marten's append puts it there. (An event the integrator has passed without a leaf
/// is reported by <see cref="LeafEventMatcher"/>, which walks those.)
/// </summary>
internal static class UnchainedEvents
{
    public static async Task CheckAsync(NpgsqlConnection connection, ProblemLog problems, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            SELECT e.seq_id, e.stream_id, e.version, e.id FROM ledger.mt_events e
            WHERE e.seq_id > coalesce(pg_sequence_last_value('ledger.mt_events_sequence'), 0)
              AND NOT EXISTS (SELECT FROM ledger.event_chain c WHERE c.position = e.seq_id AND c.event_id = e.id)
            ORDER BY e.seq_id
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var (position, streamId, version, eventId) = (reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetGuid(3));
            problems.Add(new(VerificationProblemKind.EventUnchained,
                $"Event {eventId} (stream '{streamId}', version {version}, position {position}) has no chain row and a position the event sequence has not handed out: it was written around Marten's append.",
                Position: position, StreamId: streamId, Version: version, EventId: eventId));
        }
    }
}
