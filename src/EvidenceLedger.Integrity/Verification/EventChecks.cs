using EvidenceLedger.Integrity.Merkle;

namespace EvidenceLedger.Integrity.Verification;

/// <summary>Each event's hash recomputed from its stored content (docs/event-hashing.md) and compared with its stored hash.</summary>
internal static class EventChecks
{
    /// <summary>Sets <see cref="EventRow.HashMatches"/> and <see cref="EventRow.LeafHash"/> on every row: the CPU-bound part of verify, spread over the cores.</summary>
    public static void Recompute(IReadOnlyList<EventRow> rows) =>
        Parallel.For(0, rows.Count, i =>
        {
            // An event not chained yet has no stored hash to hold it to; LeafEventMatcher reports one the integrator passed.
            if (rows[i].Hash is not { } hash)
            {
                rows[i].HashMatches = true;
                return;
            }

            rows[i].HashMatches = EventHashRecomputer.Matches(rows[i], hash);
            rows[i].LeafHash = MerkleHash.Leaf(hash);
        });

    public static void Report(EventRow row, ProblemLog problems)
    {
        if (!row.HashMatches)
        {
            problems.Add(new(VerificationProblemKind.EventHashMismatch,
                $"The event at {row.Where} does not hash to its stored hash: its data or metadata was changed after it was written.",
                Position: row.Position, StreamId: row.StreamId, Version: row.Version, EventId: row.EventId));
        }
    }
}
