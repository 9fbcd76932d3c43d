namespace EvidenceLedger.Integrity.Checkpoints;

/// <summary>The checkpoint of a verified signed note, or why it was rejected.</summary>
public sealed record CheckpointVerificationResult(Checkpoint? Checkpoint, NoteVerificationFailure? Failure, string? Detail)
{
    public bool IsValid => Checkpoint is not null;

    internal static CheckpointVerificationResult Verified(Checkpoint checkpoint) => new(checkpoint, null, null);

    internal static CheckpointVerificationResult Rejected(NoteVerificationFailure failure, string detail) => new(null, failure, detail);
}
