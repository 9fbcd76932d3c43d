using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Integrity.Logging;
using Npgsql;

namespace EvidenceLedger.Integrity.Verification;

/// <summary>
/// Walks the complete log and the leaves side by side: leaf i must be the i-th event of the complete order, with that
/// event's position and SHA-256(0x00 ‖ its stored hash). Where they part, point lookups tell a deleted event, an inserted
/// one and a reordering apart, and the walk resynchronizes, so one tampered row yields one located problem, not a cascade.
/// </summary>
internal sealed class LeafEventMatcher(NpgsqlConnection connection, ProblemLog problems, TreeRebuild tree, LogCursor integratorCursor,
    IProgress<long>? progress)
{
    private const int ProgressEvery = 10_000;

    public long EventsChecked { get; private set; }

    public long LeavesChecked { get; private set; }

    public long EventsNotYetInTree { get; private set; }

    public async Task RunAsync(BatchCursor<EventRow> events, BatchCursor<MerkleLeaf> leaves, CancellationToken ct)
    {
        while (true)
        {
            var e = await events.PeekAsync(ct);
            var leaf = await leaves.PeekAsync(ct);
            if (e is null && leaf is null)
            {
                return;
            }

            if (leaf is null)
            {
                NotInTree(e!);
                Next(events, e!);
            }
            else if (e is null)
            {
                await UnmatchedLeafAsync(leaf, ct);
                await NextAsync(leaves, leaf, ct);
            }
            else if (e.EventId == leaf.EventId)
            {
                Compare(e, leaf);
                Next(events, e);
                await NextAsync(leaves, leaf, ct);
            }
            else if (await StoredRows.PositionOfAsync(connection, leaf.EventId, ct) is null)
            {
                LeafEventMissing(leaf);
                await NextAsync(leaves, leaf, ct);
            }
            else if (await LeafOfAsync(e, ct) is not { } eventsLeaf)
            {
                problems.Add(new(VerificationProblemKind.EventMissingFromTree,
                    $"The event at {e.Where} is not in the tree, yet the complete order puts it before leaf {leaf.LeafIndex}: it was inserted after integration.",
                    Position: e.Position, StreamId: e.StreamId, Version: e.Version, EventId: e.EventId, LeafIndex: leaf.LeafIndex));
                Next(events, e);
            }
            else
            {
                problems.Add(new(VerificationProblemKind.LeafOutOfOrder,
                    $"Leaf {leaf.LeafIndex} is event {leaf.EventId} (position {leaf.Position}), but the complete order puts the event at {e.Where}, which is leaf {eventsLeaf}, in its place: events were reordered.",
                    Position: e.Position, StreamId: e.StreamId, Version: e.Version, EventId: e.EventId, LeafIndex: leaf.LeafIndex));
                Next(events, e);
                await NextAsync(leaves, leaf, ct);
            }
        }
    }

    /// <summary>
    /// Where the event's leaf is, if anywhere. Finding it by event id reads through the leaves, so that is done for the
    /// problems the report keeps; past them (they are only counted) the leaf at the event's position stands in, which
    /// tells a reordering from an insertion as long as positions were not rewritten.
    /// </summary>
    private Task<long?> LeafOfAsync(EventRow e, CancellationToken ct) =>
        problems.IsFull
            ? StoredRows.LeafIndexAtAsync(connection, e.Position, e.EventId, ct)
            : StoredRows.LeafIndexOfAsync(connection, e.EventId, ct);

    private void NotInTree(EventRow e)
    {
        if (e.Cursor > integratorCursor)
        {
            EventsNotYetInTree++;
            return;
        }

        problems.Add(new(VerificationProblemKind.EventMissingFromTree,
            $"The event at {e.Where} is not in the tree, though the integrator has passed its place in the complete order: it was inserted after integration.",
            Position: e.Position, StreamId: e.StreamId, Version: e.Version, EventId: e.EventId));
    }

    /// <summary>A leaf past the end of the log: its event is either gone or was met elsewhere in the order.</summary>
    private async Task UnmatchedLeafAsync(MerkleLeaf leaf, CancellationToken ct)
    {
        if (await StoredRows.PositionOfAsync(connection, leaf.EventId, ct) is null)
        {
            LeafEventMissing(leaf);
            return;
        }

        problems.Add(new(VerificationProblemKind.LeafOutOfOrder,
            $"Leaf {leaf.LeafIndex} is event {leaf.EventId} (position {leaf.Position}), which the complete order no longer puts at this place: events were reordered.",
            Position: leaf.Position, EventId: leaf.EventId, LeafIndex: leaf.LeafIndex));
    }

    private void LeafEventMissing(MerkleLeaf leaf) =>
        problems.Add(new(VerificationProblemKind.LeafEventMissing,
            $"Leaf {leaf.LeafIndex} is event {leaf.EventId} at position {leaf.Position}, which is no longer in ledger.events: it was deleted.",
            Position: leaf.Position, EventId: leaf.EventId, LeafIndex: leaf.LeafIndex));

    private void Compare(EventRow e, MerkleLeaf leaf)
    {
        if (leaf.Position != e.Position)
        {
            problems.Add(new(VerificationProblemKind.LeafPositionMismatch,
                $"Leaf {leaf.LeafIndex} records position {leaf.Position} for event {e.EventId}, which is stored at {e.Where}.",
                Position: e.Position, StreamId: e.StreamId, Version: e.Version, EventId: e.EventId, LeafIndex: leaf.LeafIndex));
        }

        if (!e.LeafHash.AsSpan().SequenceEqual(leaf.LeafHash))
        {
            problems.Add(new(VerificationProblemKind.LeafHashMismatch,
                $"Leaf {leaf.LeafIndex} does not commit to the stored hash of the event at {e.Where}: the event's hash was rewritten after integration.",
                Position: e.Position, StreamId: e.StreamId, Version: e.Version, EventId: e.EventId, LeafIndex: leaf.LeafIndex));
        }
    }

    private void Next(BatchCursor<EventRow> events, EventRow e)
    {
        EventChecks.Report(e, problems);
        EventsChecked++;
        events.Advance();
        if (EventsChecked % ProgressEvery == 0)
        {
            progress?.Report(EventsChecked);
        }
    }

    private async Task NextAsync(BatchCursor<MerkleLeaf> leaves, MerkleLeaf leaf, CancellationToken ct)
    {
        LeavesChecked++;
        leaves.Advance();
        await tree.AddAsync(leaf, ct);
    }
}
