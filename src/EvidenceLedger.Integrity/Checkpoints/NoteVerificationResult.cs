namespace EvidenceLedger.Integrity.Checkpoints;

/// <summary>The verified text of a signed note, or why it was rejected.</summary>
public sealed record NoteVerificationResult(string? Text, NoteVerificationFailure? Failure, string? Detail)
{
    public bool IsValid => Text is not null;

    internal static NoteVerificationResult Verified(string text) => new(text, null, null);

    internal static NoteVerificationResult Rejected(NoteVerificationFailure failure, string detail) => new(null, failure, detail);
}
