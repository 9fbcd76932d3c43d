using System.Text;
using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.VerifyingBundles;

/// <summary>
/// Chooses the key to trust — the one pinned with --key, else the bundle's own — and checks the checkpoint's signature
/// against it and that export.json describes that same checkpoint.
/// </summary>
internal static class CheckpointCheck
{
    public sealed record Trusted(NoteVerifier Key, string Source);

    public static Trusted ChooseKey(BundleFiles files, ExportDescription description, string? pinnedKey)
    {
        var bundled = Encoding.UTF8.GetString(BundleDocuments.Bytes(files, BundlePaths.PublicKey)).Trim();
        if (pinnedKey is not null)
        {
            var pinned = Parse(pinnedKey, "--key", "the pinned key");
            if (!string.Equals(bundled, pinned.VerifierKey, StringComparison.Ordinal))
                throw Fail(BundlePaths.PublicKey, null, $"the bundle's key is {Describe(bundled)}, not the pinned key {pinned.KeyName}+{pinned.KeyId:x8}.");
            return new Trusted(pinned, "pinned with --key");
        }

        var own = Parse(bundled, BundlePaths.PublicKey, "the key");
        if (!string.Equals(description.PublicKey.VerifierKey, own.VerifierKey, StringComparison.Ordinal))
            throw Fail(BundlePaths.Description, "publicKey", $"it names the key {Describe(description.PublicKey.VerifierKey)}, but {BundlePaths.PublicKey} holds {own.KeyName}+{own.KeyId:x8}.");
        return new Trusted(own, $"the bundle's own {BundlePaths.PublicKey}, not pinned: pass --key to check it is the ledger's");
    }

    public static Checkpoint Verify(BundleFiles files, ExportDescription description, NoteVerifier key)
    {
        var verified = key.VerifyCheckpoint(BundleDocuments.Bytes(files, BundlePaths.Checkpoint));
        if (verified.Checkpoint is not { } checkpoint) throw Fail(BundlePaths.Checkpoint, null, verified.Detail ?? "the checkpoint does not verify.");

        var described = description.Checkpoint;
        if (described.TreeSize != checkpoint.TreeSize || described.RootHash != Convert.ToBase64String(checkpoint.RootHash) || described.Origin != checkpoint.Origin)
            throw Fail(BundlePaths.Description, "checkpoint",
                $"it describes the tree of {described.TreeSize} leaves with root {described.RootHash}, but the signed checkpoint is of {checkpoint.TreeSize} leaves with root {Convert.ToBase64String(checkpoint.RootHash)}.");
        return checkpoint;
    }

    private static NoteVerifier Parse(string verifierKey, string file, string what)
    {
        try
        {
            return new NoteVerifier(verifierKey);
        }
        catch (FormatException e)
        {
            throw Fail(file, null, $"{what} is not a verifier key (name+keyid+base64 key): {e.Message}");
        }
    }

    private static string Describe(string verifierKey) => string.Join('+', verifierKey.Split('+').Take(2));

    private static BundleFailureException Fail(string file, string? location, string problem) => new(new BundleFailure(file, location, problem));
}
