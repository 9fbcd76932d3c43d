using Npgsql;

namespace EvidenceLedger.Integrity.Verification;

/// <summary>
/// Every event's link to the version before it in its stream: that version exists, and, once both are chained,
/// previous_hash is its hash (a stream's first event has none). A chained event whose predecessor has no chain hash is
/// left to <see cref="LeafEventMatcher"/>: the predecessor's leaf is missing or records another place, and is reported
/// there. One join that PostgreSQL runs as a (parallel) hash join and that returns only the broken links, where comparing them here would mean reading every event a second time. With <see cref="StreamHeads"/>
/// (head = last version = number of events), versions are then dense from 1.
/// </summary>
internal static class StreamChains
{
    public static async Task CheckAsync(NpgsqlConnection connection, ProblemLog problems, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            SELECT e.stream_id, e.version, e.position, e.event_id, e.previous_hash, p.version IS NOT NULL, p.hash
            FROM ledger.events e
            LEFT JOIN ledger.events p ON p.stream_id = e.stream_id AND p.version = e.version - 1
            WHERE (e.version > 1 AND p.version IS NULL)
               OR (e.hash IS NOT NULL AND CASE WHEN e.version = 1 THEN e.previous_hash IS NOT NULL ELSE p.hash IS NOT NULL AND p.hash IS DISTINCT FROM e.previous_hash END)
            ORDER BY e.stream_id, e.version
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var streamId = reader.GetString(0);
            var version = reader.GetInt64(1);
            var position = reader.GetInt64(2);
            var where = $"position {position} (stream '{streamId}', version {version})";
            var previousHash = reader.IsDBNull(4) ? null : reader.GetFieldValue<byte[]>(4);
            var (kind, message) = version == 1
                ? (VerificationProblemKind.ChainLinkBroken, $"The event at {where} is its stream's first event but has a previous hash.")
                : !reader.GetBoolean(5)
                    ? (VerificationProblemKind.VersionMissing, $"Stream '{streamId}' has no version {version - 1} before the event at {where}.")
                    : (VerificationProblemKind.ChainLinkBroken,
                        $"The event at {where} links to previous hash {Hex(previousHash)}, but version {version - 1} of the stream has hash {Hex(reader.GetFieldValue<byte[]>(6))}.");
            problems.Add(new(kind, message, Position: position, StreamId: streamId, Version: version, EventId: reader.GetGuid(3)));
        }
    }

    private static string Hex(byte[]? hash) => hash is null ? "(none)" : Convert.ToHexStringLower(hash);
}
