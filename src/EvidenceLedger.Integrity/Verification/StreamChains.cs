using Npgsql;

namespace EvidenceLedger.Integrity.Verification;

/// <summary>
/// Every stream read in version order: versions dense from 1, and each event's previous_hash the hash of the version before
/// it. A pass of its own (on its own connection) because joining each event to its predecessor in the complete-order
/// pass costs an index probe per event.
/// </summary>
internal static class StreamChains
{
    public static async Task CheckAsync(NpgsqlConnection connection, ProblemLog problems, int batchSize, CancellationToken ct)
    {
        ChainLink? previous = null;
        await foreach (var batch in Batches.Pages<ChainLink>((last, token) => ReadAsync(connection, last, batchSize, token), batchSize, ct))
        {
            foreach (var link in batch)
            {
                Check(previous is not null && previous.StreamId == link.StreamId ? previous : null, link, problems);
                previous = link;
            }
        }
    }

    private static void Check(ChainLink? before, ChainLink link, ProblemLog problems)
    {
        var expectedVersion = (before?.Version ?? 0) + 1;
        if (link.Version != expectedVersion)
        {
            problems.Add(Located(link, VerificationProblemKind.VersionMissing,
                $"Stream '{link.StreamId}' has no version{(link.Version - expectedVersion > 1 ? $"s {expectedVersion} to" : "")} {link.Version - 1} before the event at {link.Where}."));
        }
        else if (before is null ? link.PreviousHash is not null : link.PreviousHash is null || !link.PreviousHash.AsSpan().SequenceEqual(before.Hash))
        {
            problems.Add(Located(link, VerificationProblemKind.ChainLinkBroken, before is null
                ? $"The event at {link.Where} is its stream's first event but has a previous hash."
                : $"The event at {link.Where} links to previous hash {Hex(link.PreviousHash)}, but version {before.Version} of the stream has hash {Hex(before.Hash)}."));
        }
    }

    private static async Task<List<ChainLink>> ReadAsync(NpgsqlConnection connection, ChainLink? after, int count, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            SELECT stream_id, version, position, event_id, previous_hash, hash FROM ledger.events
            WHERE (stream_id, version) > ($1, $2) ORDER BY stream_id, version LIMIT $3
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = after?.StreamId ?? "" });
        command.Parameters.Add(new NpgsqlParameter { Value = after?.Version ?? 0L });
        command.Parameters.Add(new NpgsqlParameter { Value = count });
        var links = new List<ChainLink>(count);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            links.Add(new ChainLink(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetGuid(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<byte[]>(4), reader.GetFieldValue<byte[]>(5)));
        }

        return links;
    }

    private static VerificationProblem Located(ChainLink link, VerificationProblemKind kind, string message) =>
        new(kind, message, Position: link.Position, StreamId: link.StreamId, Version: link.Version, EventId: link.EventId);

    private static string Hex(byte[]? hash) => hash is null ? "(none)" : Convert.ToHexStringLower(hash);

    private sealed record ChainLink(string StreamId, long Version, long Position, Guid EventId, byte[]? PreviousHash, byte[] Hash)
    {
        public string Where => $"position {Position} (stream '{StreamId}', version {Version})";
    }
}
