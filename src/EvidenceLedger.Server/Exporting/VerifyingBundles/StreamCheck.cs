using System.Globalization;
using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.VerifyingBundles;

/// <summary>
/// One exported stream, event by event: versions dense from 1, positions and leaves increasing with them, each previous
/// hash the hash before it, each hash recomputed from the event's own fields (docs/event-hashing.md; for a withheld event,
/// from all but its payload, whose SHA-256 stands in for it), and each leaf's
/// inclusion proof leading to the checkpoint's root. No leaf may be claimed twice in the bundle.
/// </summary>
internal sealed class StreamCheck(string file, ExportedStream stream, Checkpoint checkpoint, ISet<long> leavesSeen)
{
    public int Withheld { get; private set; }

    public void Run(StreamDescription described)
    {
        if (stream.StreamId != described.StreamId)
            throw Fail(null, $"the file holds stream {stream.StreamId}, but export.json puts {described.StreamId} here.");
        if (stream.Events.Count == 0) throw Fail(null, "the stream has no events.");

        ExportedEvent? before = null;
        byte[]? previous = null;
        for (var i = 0; i < stream.Events.Count; i++)
        {
            var exported = stream.Events[i];
            CheckPlace(exported, before, i + 1L);
            var hash = CheckLink(exported, previous);
            if (exported.IsWithheld) CheckWithheld(exported);
            EventFieldsCheck.RequireHash(file, At(exported), exported, previous, hash);
            CheckProof(exported, hash);
            (before, previous) = (exported, hash);
        }

        var last = stream.Events[^1];
        if (last.Version != described.Version || last.Hash != described.HeadHash)
            throw Fail(null, $"export.json says the stream ends at version {Number(described.Version)} with hash {described.HeadHash}, but the file ends at version {Number(last.Version)} with hash {last.Hash}.");
        if (Withheld != described.WithheldEvents)
            throw Fail(null, $"export.json says {Number(described.WithheldEvents)} events are withheld, the file withholds {Number(Withheld)}.");
    }

    /// <summary>Versions run 1, 2, 3, …; the ledger's positions and the log's leaves grow with them, since a stream is appended in order.</summary>
    private void CheckPlace(ExportedEvent exported, ExportedEvent? before, long expectedVersion)
    {
        if (exported.Version != expectedVersion)
        {
            throw Fail(At(exported), exported.Version > expectedVersion
                ? $"version {Number(expectedVersion)} is missing: version {Number(exported.Version)} follows version {Number(expectedVersion - 1)}."
                : $"it comes after version {Number(expectedVersion - 1)}: versions must run 1, 2, 3, … without repeats.");
        }
        if (exported.StreamId != stream.StreamId) throw Fail(At(exported), $"the event names stream {exported.StreamId}.");
        if (before is null) return;
        if (exported.Position <= before.Position)
            throw Fail(At(exported), $"its position {Number(exported.Position)} does not follow position {Number(before.Position)} of version {Number(before.Version)}: positions must increase with the version.");
        if (exported.LeafIndex <= before.LeafIndex)
            throw Fail(At(exported), $"its leaf {Number(exported.LeafIndex)} does not follow leaf {Number(before.LeafIndex)} of version {Number(before.Version)}: leaf indexes must increase with the version.");
    }

    private byte[] CheckLink(ExportedEvent exported, byte[]? previous)
    {
        var hash = EventFieldsCheck.Hex(file, At(exported), exported.Hash, "hash");
        if (previous is null)
        {
            if (exported.PreviousHash is not null) throw Fail(At(exported), $"the first event has previousHash {exported.PreviousHash}; it must have none.");
        }
        else if (exported.PreviousHash is null || !EventFieldsCheck.Hex(file, At(exported), exported.PreviousHash, "previousHash").AsSpan().SequenceEqual(previous))
        {
            throw Fail(At(exported), $"previousHash is {exported.PreviousHash ?? "null"}, but the hash of version {Number(exported.Version - 1)} is {Convert.ToHexStringLower(previous)}.");
        }
        return hash;
    }

    private void CheckWithheld(ExportedEvent exported)
    {
        if (!WithheldEvents.AreWithheld(exported.Type))
            throw Fail(At(exported), $"the event is marked withheld, but '{exported.Type}' events are never withheld.");
        if (exported.Data is not null || exported.Reason is not null)
            throw Fail(At(exported), "the event is marked withheld, yet carries its data or reason.");
        Withheld++;
    }

    private void CheckProof(ExportedEvent exported, byte[] hash)
    {
        var where = $"{At(exported)} (leaf {Number(exported.LeafIndex)})";
        if (!leavesSeen.Add(exported.LeafIndex)) throw Fail(where, "another exported event claims the same leaf.");
        EventFieldsCheck.RequireProof(file, where, exported, hash, BundlePaths.Checkpoint, checkpoint.TreeSize, checkpoint.RootHash);
    }

    private static string At(ExportedEvent exported) => $"event version {Number(exported.Version)}";

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private BundleFailureException Fail(string? location, string problem) => new(new BundleFailure(file, location, problem));
}
