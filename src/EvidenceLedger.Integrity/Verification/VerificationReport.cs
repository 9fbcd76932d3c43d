namespace EvidenceLedger.Integrity.Verification;

/// <summary>
/// The outcome of a full verification. <see cref="Problems"/> holds the first <see cref="VerificationOptions.MaxProblems"/>
/// problems in the order found; <see cref="ProblemCount"/> counts them all.
/// </summary>
public sealed record VerificationReport(
    bool Ok,
    string? Origin,
    long EventsChecked,
    long StreamsChecked,
    long LeavesChecked,
    long NodesChecked,
    long CheckpointsChecked,
    long EventsNotYetInTree,
    long TreeSize,
    long? LatestCheckpointSize,
    long? SavedCheckpointSize,
    long ProblemCount,
    IReadOnlyList<VerificationProblem> Problems,
    double ElapsedSeconds)
{
    public double EventsPerSecond => ElapsedSeconds > 0 ? EventsChecked / ElapsedSeconds : 0;
}
