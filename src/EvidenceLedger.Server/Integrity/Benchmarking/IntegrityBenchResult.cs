namespace EvidenceLedger.Server.Integrity.Benchmarking;

/// <summary>The integrity bench's figures; JSON names are a contract with whoever tracks them over time.</summary>
public sealed record IntegrityBenchResult(
    double TargetEventsPerSecond,
    double SustainedSeconds,
    double WrittenEventsPerSecond,
    double IntegratedEventsPerSecond,
    int LagSamples,
    double LagP50Ms,
    double LagP99Ms,
    double LagMaxMs,
    double DrainAfterWritersStopMs,
    long CheckpointsSignedWhileSustained,
    long CatchUpEvents,
    double CatchUpEventsPerSecond,
    long VerifiedEvents,
    double VerifyEventsPerSecond,
    double VerifySettledEventsPerSecond,
    bool VerifyOk,
    double ManagedHeapAfterVerifyMb,
    long ProofTreeSize,
    double InclusionProofP50Ms,
    double InclusionProofP99Ms,
    double ConsistencyProofP50Ms,
    double ConsistencyProofP99Ms);
