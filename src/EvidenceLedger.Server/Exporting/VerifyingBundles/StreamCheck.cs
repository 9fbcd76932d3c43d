using System.Globalization;
using System.Text;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.EventStore.Time;
using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Integrity.Merkle;
using EvidenceLedger.Integrity.Verification;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.VerifyingBundles;

/// <summary>
/// One exported stream, event by event: versions dense from 1, each previous hash the hash before it, each hash recomputed
/// from the event's own fields (docs/event-hashing.md), and each leaf's inclusion proof leading to the checkpoint's root.
/// </summary>
internal sealed class StreamCheck(string file, ExportedStream stream, Checkpoint checkpoint, ISet<long> leavesSeen)
{
    public int Withheld { get; private set; }

    public void Run(StreamDescription described)
    {
        if (stream.StreamId != described.StreamId)
            throw Fail(null, $"the file holds stream {stream.StreamId}, but export.json puts {described.StreamId} here.");
        if (stream.Events.Count == 0) throw Fail(null, "the stream has no events.");

        byte[]? previous = null;
        for (var i = 0; i < stream.Events.Count; i++)
        {
            var exported = stream.Events[i];
            var expectedVersion = i + 1L;
            if (exported.Version != expectedVersion)
            {
                throw Fail(At(exported), exported.Version > expectedVersion
                    ? $"version {expectedVersion.ToString(CultureInfo.InvariantCulture)} is missing: version {exported.Version.ToString(CultureInfo.InvariantCulture)} follows version {(expectedVersion - 1).ToString(CultureInfo.InvariantCulture)}."
                    : $"it comes after version {(expectedVersion - 1).ToString(CultureInfo.InvariantCulture)}: versions must run 1, 2, 3, … without repeats.");
            }
            if (exported.StreamId != stream.StreamId) throw Fail(At(exported), $"the event names stream {exported.StreamId}.");

            var hash = CheckLink(exported, previous);
            if (exported.IsWithheld) CheckWithheld(exported);
            else CheckHash(exported, previous, hash);
            CheckProof(exported, hash);
            previous = hash;
        }

        var last = stream.Events[^1];
        if (last.Version != described.Version || last.Hash != described.HeadHash)
            throw Fail(null, $"export.json says the stream ends at version {described.Version.ToString(CultureInfo.InvariantCulture)} with hash {described.HeadHash}, but the file ends at version {last.Version.ToString(CultureInfo.InvariantCulture)} with hash {last.Hash}.");
        if (Withheld != described.WithheldEvents)
            throw Fail(null, $"export.json says {described.WithheldEvents.ToString(CultureInfo.InvariantCulture)} events are withheld, the file withholds {Withheld.ToString(CultureInfo.InvariantCulture)}.");
    }

    private byte[] CheckLink(ExportedEvent exported, byte[]? previous)
    {
        var hash = Hex(exported, exported.Hash, "hash");
        if (previous is null)
        {
            if (exported.PreviousHash is not null) throw Fail(At(exported), $"the first event has previousHash {exported.PreviousHash}; it must have none.");
        }
        else if (exported.PreviousHash is null || !Hex(exported, exported.PreviousHash, "previousHash").AsSpan().SequenceEqual(previous))
        {
            throw Fail(At(exported), $"previousHash is {exported.PreviousHash ?? "null"}, but the hash of version {(exported.Version - 1).ToString(CultureInfo.InvariantCulture)} is {Convert.ToHexStringLower(previous)}.");
        }
        return hash;
    }

    private void CheckHash(ExportedEvent exported, byte[]? previous, byte[] hash)
    {
        if (exported.Data is not { } data || exported.CorrelationId is not { } correlationId || exported.CanonicalBody is null)
            throw Fail(At(exported), "the event lacks data, correlationId or canonicalBody, and is not marked withheld.");
        var recordedAt = LedgerInstant.Pattern.Parse(exported.RecordedAt);
        if (!recordedAt.Success) throw Fail(At(exported), $"recordedAt '{exported.RecordedAt}' is not YYYY-MM-DDTHH:MM:SS.ffffffZ.");

        // The verifier's own implementation, not the writer's, so that a bug in the writer cannot vouch for itself.
        var fields = new StoredEvent(exported.Position, 0, exported.EventId, exported.StreamId, exported.Version, exported.Type, data, exported.Actor,
            recordedAt.Value, correlationId, exported.CausationId, exported.Reason, previous, hash);
        var recomputed = CanonicalEventHash.Compute(fields);
        if (!recomputed.AsSpan().SequenceEqual(hash))
            throw Fail(At(exported), $"the event's fields hash to {Convert.ToHexStringLower(recomputed)}, but its recorded hash is {exported.Hash}: its content differs from what the ledger hashed.");

        var body = CanonicalEventHash.Body(fields);
        var stated = Encoding.UTF8.GetBytes(exported.CanonicalBody);
        if (!stated.AsSpan().SequenceEqual(body))
        {
            var at = stated.AsSpan().CommonPrefixLength(body);
            throw Fail(At(exported), $"canonicalBody differs from the RFC 8785 form of the event's fields from byte {at.ToString(CultureInfo.InvariantCulture)} on.");
        }
    }

    private void CheckWithheld(ExportedEvent exported)
    {
        if (!WithheldEvents.AreWithheld(exported.Type))
            throw Fail(At(exported), $"the event is marked withheld, but '{exported.Type}' events are never withheld.");
        if (exported.Data is not null || exported.CanonicalBody is not null || exported.Reason is not null)
            throw Fail(At(exported), "the event is marked withheld, yet carries content.");
        Withheld++;
    }

    private void CheckProof(ExportedEvent exported, byte[] hash)
    {
        var where = $"{At(exported)} (leaf {exported.LeafIndex.ToString(CultureInfo.InvariantCulture)})";
        if (!leavesSeen.Add(exported.LeafIndex)) throw Fail(where, "another exported event claims the same leaf.");
        var proof = new List<byte[]>(exported.InclusionProof.Count);
        foreach (var item in exported.InclusionProof)
        {
            // One spelling per hash, exactly as the bundle writes it, so a proof cannot differ unnoticed.
            if (!StrictBase64.TryDecode(item, out var node)) throw Fail(where, $"inclusion proof hash '{item}' is not base64.");
            proof.Add(node);
        }
        var result = MerkleProofVerifier.VerifyInclusion(exported.LeafIndex, checkpoint.TreeSize, MerkleHash.Leaf(hash), proof, checkpoint.RootHash);
        if (!result.IsValid)
            throw Fail(where, $"the inclusion proof does not place the event in the checkpoint's tree of {checkpoint.TreeSize.ToString(CultureInfo.InvariantCulture)} leaves: {result.Failure}");
    }

    private byte[] Hex(ExportedEvent exported, string text, string member)
    {
        if (text.Length != 64 || !text.All(char.IsAsciiHexDigit))
            throw Fail(At(exported), $"{member} '{text}' is not 64 hexadecimal digits.");
        return Convert.FromHexString(text);
    }

    private static string At(ExportedEvent exported) => $"event version {exported.Version.ToString(CultureInfo.InvariantCulture)}";

    private BundleFailureException Fail(string? location, string problem) => new(new BundleFailure(file, location, problem));
}
