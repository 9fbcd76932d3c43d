using System.Text.Json;
using EvidenceLedger.EventStore.Hashing;

namespace EvidenceLedger.Integrity.Verification;

/// <summary>Per event: its hash recomputed from its stored content, and its link to the version before it in its stream.</summary>
internal static class EventChecks
{
    public static void Check(IReadOnlyList<EventRow> rows, ProblemLog problems)
    {
        // Recomputing hashes is the CPU-bound part of verify, and independent per event.
        var hashOk = new bool[rows.Count];
        Parallel.For(0, rows.Count, i => hashOk[i] = Recompute(rows[i]).AsSpan().SequenceEqual(rows[i].Hash));

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!hashOk[i])
            {
                problems.Add(Located(row, VerificationProblemKind.EventHashMismatch,
                    $"The event at {row.Where} does not hash to its stored hash: its data or metadata was changed after it was written."));
            }

            CheckLink(row, problems);
        }
    }

    private static void CheckLink(EventRow row, ProblemLog problems)
    {
        if (row.Version == 1)
        {
            if (row.PreviousHash is not null)
            {
                problems.Add(Located(row, VerificationProblemKind.ChainLinkBroken, $"The event at {row.Where} is a stream's first event but has a previous hash."));
            }

            return;
        }

        if (row.PredecessorHash is null)
        {
            problems.Add(Located(row, VerificationProblemKind.VersionMissing,
                $"Stream '{row.StreamId}' has no version {row.Version - 1} before the event at {row.Where}."));
        }
        else if (row.PreviousHash is null || !row.PreviousHash.AsSpan().SequenceEqual(row.PredecessorHash))
        {
            problems.Add(Located(row, VerificationProblemKind.ChainLinkBroken,
                $"The event at {row.Where} links to previous hash {Hex(row.PreviousHash)}, but version {row.Version - 1} of the stream has hash {Hex(row.PredecessorHash)}."));
        }
    }

    private static byte[] Recompute(EventRow row)
    {
        using var data = JsonDocument.Parse(row.DataJson);
        var body = EventBody.Canonical(row.EventId, row.StreamId, row.Type, data.RootElement, row.Actor, row.RecordedAt,
            row.CorrelationId, row.CausationId, row.Reason);
        return EventHash.Compute(row.PreviousHash, row.Version, body);
    }

    private static VerificationProblem Located(EventRow row, VerificationProblemKind kind, string message) =>
        new(kind, message, Position: row.Position, StreamId: row.StreamId, Version: row.Version, EventId: row.EventId);

    private static string Hex(byte[]? hash) => hash is null ? "(none)" : Convert.ToHexStringLower(hash);
}
