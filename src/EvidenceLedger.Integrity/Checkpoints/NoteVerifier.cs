using EvidenceLedger.Integrity.Signing;

namespace EvidenceLedger.Integrity.Checkpoints;

/// <summary>
/// Verifies signed notes, and checkpoints in particular, against one trusted Ed25519 key. Signatures by other keys
/// (other names or key IDs, e.g. witness cosignatures) are ignored, as C2SP signed-note requires; a bad
/// signature by the trusted key rejects the whole note.
/// </summary>
public sealed class NoteVerifier
{
    private readonly byte[] _publicKey;

    /// <summary>Trusts the key of a verifier key string <c>&lt;name&gt;+&lt;hex8 id&gt;+&lt;base64(0x01 ‖ public key)&gt;</c>.</summary>
    public NoteVerifier(string verifierKey)
    {
        (KeyName, KeyId, _publicKey) = NoteKeyEncoding.ParseVerifierKey(verifierKey);
        if (!Ed25519.IsValidPublicKey(_publicKey))
        {
            throw new FormatException("The verifier key is not a valid Ed25519 public key.");
        }
    }

    public string KeyName { get; }

    public uint KeyId { get; }

    public byte[] PublicKey => _publicKey.ToArray();

    public string VerifierKey => NoteKeyEncoding.FormatVerifierKey(KeyName, KeyId, _publicKey);

    /// <summary>Verifies a signed note given as UTF-8 bytes, as it travels on the wire.</summary>
    public NoteVerificationResult VerifyNote(ReadOnlySpan<byte> signedNote)
    {
        string text;
        try
        {
            text = NoteText.StrictUtf8.GetString(signedNote);
        }
        catch (ArgumentException)
        {
            return NoteVerificationResult.Rejected(NoteVerificationFailure.MalformedNote, "The note is not valid UTF-8.");
        }

        return VerifyNote(text);
    }

    public NoteVerificationResult VerifyNote(string signedNote)
    {
        ArgumentNullException.ThrowIfNull(signedNote);
        if (!SignedNote.TryParse(signedNote, out var note, out var error))
        {
            return NoteVerificationResult.Rejected(NoteVerificationFailure.MalformedNote, error);
        }

        var ours = note.Signatures.Where(s => s.KeyId == KeyId && string.Equals(s.KeyName, KeyName, StringComparison.Ordinal)).ToList();
        if (ours.Count == 0)
        {
            return NoteVerificationResult.Rejected(NoteVerificationFailure.NotSignedByKey, $"The note has no signature by key {KeyName}+{KeyId:x8}.");
        }

        var message = NoteText.StrictUtf8.GetBytes(note.Text);
        if (!ours.All(s => Ed25519.Verify(_publicKey, message, s.Signature)))
        {
            return NoteVerificationResult.Rejected(NoteVerificationFailure.InvalidSignature, $"The signature by key {KeyName}+{KeyId:x8} does not verify.");
        }

        return NoteVerificationResult.Verified(note.Text);
    }

    /// <param name="originMustBeKeyName">True (the ledger's rule, and C2SP tlog-checkpoint's advice) refuses a checkpoint whose origin is not the key's name; false only for logs that predate it, like sum.golang.org.</param>
    public CheckpointVerificationResult VerifyCheckpoint(ReadOnlySpan<byte> signedNote, bool originMustBeKeyName = true) =>
        ToCheckpoint(VerifyNote(signedNote), originMustBeKeyName);

    /// <inheritdoc cref="VerifyCheckpoint(ReadOnlySpan{byte}, bool)"/>
    public CheckpointVerificationResult VerifyCheckpoint(string signedNote, bool originMustBeKeyName = true) =>
        ToCheckpoint(VerifyNote(signedNote), originMustBeKeyName);

    /// <remarks>
    /// A log's checkpoints name it in their first line, and a key signs for one log: a checkpoint whose origin is not the
    /// key's name is another log's tree head, however valid its signature (C2SP tlog-checkpoint).
    /// </remarks>
    private CheckpointVerificationResult ToCheckpoint(NoteVerificationResult note, bool originMustBeKeyName)
    {
        if (note.Text is null)
        {
            return CheckpointVerificationResult.Rejected(note.Failure!.Value, note.Detail!);
        }

        if (!CheckpointNote.TryParse(note.Text, out var checkpoint, out var error))
        {
            return CheckpointVerificationResult.Rejected(NoteVerificationFailure.MalformedCheckpoint, error);
        }

        return !originMustBeKeyName || string.Equals(checkpoint.Origin, KeyName, StringComparison.Ordinal)
            ? CheckpointVerificationResult.Verified(checkpoint)
            : CheckpointVerificationResult.Rejected(NoteVerificationFailure.OriginIsNotKeyName,
                $"The checkpoint's origin '{checkpoint.Origin}' is not the key's name '{KeyName}': it is another log's tree head.");
    }
}
