namespace EvidenceLedger.Integrity.Verification;

/// <summary>One thing verify found wrong, with where it is: whichever of the locating fields apply are set.</summary>
public sealed record VerificationProblem(
    VerificationProblemKind Kind,
    string Message,
    long? Position = null,
    string? StreamId = null,
    long? Version = null,
    Guid? EventId = null,
    long? LeafIndex = null,
    long? CheckpointSize = null);
