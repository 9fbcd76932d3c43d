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
/// What holds for one exported event wherever it sits: its hash recomputed from its own fields (docs/event-hashing.md), its
/// canonicalBody exactly the RFC 8785 form of those fields, and its leaf's inclusion proof leading to a checkpoint's root.
/// </summary>
internal static class EventFieldsCheck
{
    public static void RequireHash(string file, string location, ExportedEvent exported, byte[]? previous, byte[] hash)
    {
        if (exported.CorrelationId is not { } correlationId || exported.CanonicalBody is null)
            throw Fail(file, location, "the event lacks correlationId or canonicalBody.");
        var withheldPayload = exported.IsWithheld ? exported.PayloadSha256 : null;
        if (exported.IsWithheld && (withheldPayload is null || withheldPayload.Length != 64 || !withheldPayload.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f')))
            throw Fail(file, location, "a withheld event must give payloadSha256, 64 lower-case hexadecimal digits, in place of its data and reason.");
        if (!exported.IsWithheld && exported.Data is null)
            throw Fail(file, location, "the event lacks data, and is not marked withheld.");
        var recordedAt = LedgerInstant.Pattern.Parse(exported.RecordedAt);
        if (!recordedAt.Success) throw Fail(file, location, $"recordedAt '{exported.RecordedAt}' is not YYYY-MM-DDTHH:MM:SS.ffffffZ.");

        // The verifier's own implementation, not the writer's, so that a bug in the writer cannot vouch for itself.
        var fields = new StoredEvent(exported.Position, exported.EventId, exported.StreamId, exported.Version, exported.Type, exported.Data ?? default,
            exported.Actor, recordedAt.Value, correlationId, exported.CausationId, exported.Reason, previous, hash);
        var recomputed = CanonicalEventHash.Compute(fields, withheldPayload);
        if (!recomputed.AsSpan().SequenceEqual(hash))
            throw Fail(file, location, $"the event's fields hash to {Convert.ToHexStringLower(recomputed)}, but its recorded hash is {exported.Hash}: its content differs from what the ledger hashed.");

        var body = CanonicalEventHash.Body(fields, withheldPayload);
        var stated = Encoding.UTF8.GetBytes(exported.CanonicalBody);
        if (!stated.AsSpan().SequenceEqual(body))
        {
            var at = stated.AsSpan().CommonPrefixLength(body);
            throw Fail(file, location, $"canonicalBody differs from the RFC 8785 form of the event's fields from byte {at.ToString(CultureInfo.InvariantCulture)} on.");
        }
    }

    /// <param name="checkpointFile">The checkpoint's file, to name in the failure.</param>
    public static void RequireProof(string file, string location, ExportedEvent exported, byte[] hash, string checkpointFile, long treeSize, byte[] root)
    {
        var proof = Base64Hashes(file, location, exported.InclusionProof, "inclusion proof");
        var result = MerkleProofVerifier.VerifyInclusion(exported.LeafIndex, treeSize, MerkleHash.Leaf(hash), proof, root);
        if (!result.IsValid)
            throw Fail(file, location, $"the inclusion proof does not place the event in the tree of {treeSize.ToString(CultureInfo.InvariantCulture)} leaves of {checkpointFile}: {result.Failure}");
    }

    public static List<byte[]> Base64Hashes(string file, string location, IReadOnlyList<string> hashes, string what)
    {
        var decoded = new List<byte[]>(hashes.Count);
        foreach (var item in hashes)
        {
            // One spelling per hash, exactly as the bundle writes it, so a proof cannot differ unnoticed.
            if (!StrictBase64.TryDecode(item, out var node)) throw Fail(file, location, $"{what} hash '{item}' is not base64.");
            decoded.Add(node);
        }
        return decoded;
    }

    public static byte[] Hex(string file, string location, string text, string member)
    {
        if (text.Length != 64 || !text.All(char.IsAsciiHexDigit))
            throw Fail(file, location, $"{member} '{text}' is not 64 hexadecimal digits.");
        return Convert.FromHexString(text);
    }

    private static BundleFailureException Fail(string file, string location, string problem) => new(new BundleFailure(file, location, problem));
}
