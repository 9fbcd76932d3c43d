using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.VerifyingBundles;

/// <summary>
/// Reads the bundle's key and holds it against the keys the checker trusts, then checks both checkpoints' signatures
/// against it and that export.json describes the checkpoint its streams are proven against.
/// </summary>
internal static class CheckpointCheck
{
    /// <summary>The bundle's key, which must be one of <paramref name="trusted"/> unless none was given.</summary>
    public static NoteVerifier ChooseKey(BundleFiles files, ExportDescription description, TrustedKeys trusted)
    {
        var bundled = BundledKey(files);
        if (!string.Equals(description.PublicKey.VerifierKey, bundled.VerifierKey, StringComparison.Ordinal))
            throw Fail(BundlePaths.Description, "publicKey", $"it names the key {Describe(description.PublicKey.VerifierKey)}, but {BundlePaths.PublicKey} holds {TrustedKeys.Name(bundled)}.");
        if (trusted.IsEmpty || trusted.Contains(bundled)) return bundled;

        var expected = trusted.Keys.Count == 1
            ? $"the pinned key {TrustedKeys.Name(trusted.Keys.First())} (fingerprint {TrustedKeys.Fingerprint(trusted.Keys.First())})"
            : $"any of the {trusted.Keys.Count} trusted keys";
        throw Fail(BundlePaths.PublicKey, null, $"the bundle's key is {TrustedKeys.Name(bundled)} (fingerprint {TrustedKeys.Fingerprint(bundled)}), not {expected}.");
    }

    /// <summary>checkpoint.txt, signed by <paramref name="key"/> and described by export.json.</summary>
    public static Checkpoint VerifyStreamsCheckpoint(BundleFiles files, ExportDescription description, NoteVerifier key)
    {
        var checkpoint = Verify(files, BundlePaths.Checkpoint, key);
        var described = description.Checkpoint;
        if (described.TreeSize != checkpoint.TreeSize || described.RootHash != Convert.ToBase64String(checkpoint.RootHash) || described.Origin != checkpoint.Origin)
            throw Fail(BundlePaths.Description, "checkpoint",
                $"it describes the tree of {described.TreeSize} leaves with root {described.RootHash}, but the signed checkpoint is of {checkpoint.TreeSize} leaves with root {Convert.ToBase64String(checkpoint.RootHash)}.");
        return checkpoint;
    }

    public static Checkpoint Verify(BundleFiles files, string path, NoteVerifier key)
    {
        var verified = key.VerifyCheckpoint(BundleDocuments.Bytes(files, path));
        return verified.Checkpoint ?? throw Fail(path, null, verified.Detail ?? "the checkpoint does not verify.");
    }

    private static NoteVerifier BundledKey(BundleFiles files)
    {
        var text = System.Text.Encoding.UTF8.GetString(BundleDocuments.Bytes(files, BundlePaths.PublicKey)).Trim();
        try
        {
            return new NoteVerifier(text);
        }
        catch (FormatException e)
        {
            throw Fail(BundlePaths.PublicKey, null, $"the key is not a verifier key (name+keyid+base64 key): {e.Message}");
        }
    }

    private static string Describe(string verifierKey) => string.Join('+', verifierKey.Split('+').Take(2));

    private static BundleFailureException Fail(string file, string? location, string problem) => new(new BundleFailure(file, location, problem));
}
