using EvidenceLedger.Integrity.Checkpoints;

namespace EvidenceLedger.Integrity.Verification;

public sealed record VerificationOptions
{
    /// <summary>The ledger's verifier key as the auditor trusts it; without one no signature can be checked (a problem in itself).</summary>
    public NoteVerifier? TrustedKey { get; init; }

    /// <summary>A signed checkpoint note the auditor saved earlier: the log must still extend it.</summary>
    public string? SavedCheckpoint { get; init; }

    /// <summary>Rows read per query; memory stays proportional to this, never to the log.</summary>
    public int BatchSize { get; init; } = 5000;

    /// <summary>Told how many events have been checked so far, every 10,000 events.</summary>
    public IProgress<long>? Progress { get; init; }

    /// <summary>Problems kept in the report; beyond this they are only counted.</summary>
    public int MaxProblems { get; init; } = 1000;
}
