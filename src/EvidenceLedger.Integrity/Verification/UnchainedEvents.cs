using Npgsql;

namespace EvidenceLedger.Integrity.Verification;

/// <summary>
/// Every row of Marten's events table against the ledger's chain. The log, the tree and every other check read
/// <c>ledger.events</c>, which joins the two, so an event inserted with the chain trigger off is invisible to all of them
/// while Marten still reads it back into the incident's state.
/// </summary>
internal static class UnchainedEvents
{
    public static async Task CheckAsync(NpgsqlConnection connection, ProblemLog problems, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            SELECT e.seq_id, e.stream_id, e.version, e.id FROM ledger.mt_events e
            WHERE NOT EXISTS (SELECT FROM ledger.event_chain c WHERE c.position = e.seq_id)
            ORDER BY e.seq_id
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var (position, streamId, version, eventId) = (reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetGuid(3));
            problems.Add(new(VerificationProblemKind.EventUnchained,
                $"Event {eventId} (stream '{streamId}', version {version}, position {position}) is stored without its chain row: it was written past the chain trigger.",
                Position: position, StreamId: streamId, Version: version, EventId: eventId));
        }
    }
}
