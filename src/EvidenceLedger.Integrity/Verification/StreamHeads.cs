using Npgsql;

namespace EvidenceLedger.Integrity.Verification;

/// <summary>
/// Every stream's head in ledger.streams against its stored events: the head version is the last event's version, and
/// there are exactly that many events (with the per-event link checks, versions are then dense from 1).
/// </summary>
internal static class StreamHeads
{
    public static async Task<long> CheckAsync(NpgsqlConnection connection, ProblemLog problems, CancellationToken ct)
    {
        await using (var command = new NpgsqlCommand("""
            SELECT coalesce(s.id, e.stream_id), s.version, e.last_version, coalesce(e.events, 0)
            FROM ledger.streams s
            FULL JOIN (SELECT stream_id, max(version) AS last_version, count(*) AS events FROM ledger.events GROUP BY stream_id) e
                ON e.stream_id = s.id
            WHERE s.version IS DISTINCT FROM coalesce(e.last_version, 0) OR coalesce(e.events, 0) <> coalesce(e.last_version, 0)
            ORDER BY 1
            """, connection))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var streamId = reader.GetString(0);
                long? head = reader.IsDBNull(1) ? null : reader.GetInt64(1);
                long? last = reader.IsDBNull(2) ? null : reader.GetInt64(2);
                var events = reader.GetInt64(3);
                problems.Add(new(VerificationProblemKind.StreamHeadMismatch, Describe(streamId, head, last, events), StreamId: streamId, Version: head ?? last));
            }
        }

        await using var count = new NpgsqlCommand("SELECT count(*) FROM ledger.streams", connection);
        return (long)(await count.ExecuteScalarAsync(ct))!;
    }

    private static string Describe(string streamId, long? head, long? last, long events) => (head, last) switch
    {
        (null, _) => $"Stream '{streamId}' has {events} stored event(s) up to version {last} but no head in ledger.streams.",
        (_, null) => $"ledger.streams says stream '{streamId}' is at version {head}, but it has no stored events.",
        _ when head != last => $"ledger.streams says stream '{streamId}' is at version {head}, but its last stored event is version {last}.",
        _ => $"Stream '{streamId}' has {events} stored event(s) for versions up to {last}: versions are missing.",
    };
}
