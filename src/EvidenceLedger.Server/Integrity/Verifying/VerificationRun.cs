using EvidenceLedger.Integrity.Verification;
using NodaTime;

namespace EvidenceLedger.Server.Integrity.Verifying;

/// <summary>One full verification, started from the pages or the API: who started it, when, against which saved checkpoint, how many events the ledger held, and its outcome.</summary>
public sealed class VerificationRun(Guid id, string startedBy, Instant startedAt, long eventsInLedger, string? savedCheckpoint, Task<VerificationReport> report)
{
    public string? SavedCheckpoint => savedCheckpoint;

    public Guid Id => id;

    public string StartedBy => startedBy;

    public Instant StartedAt => startedAt;

    public long EventsInLedger => eventsInLedger;

    public bool IsFinished => report.IsCompleted;

    /// <summary>When it finished; null while it runs.</summary>
    public Instant? FinishedAt { get; private set; }

    internal Task<VerificationReport> Completion => report;

    internal void Finished(Instant at) => FinishedAt = at;

    /// <summary>The report once the run has finished and succeeded; null while it runs or if it failed to run.</summary>
    public VerificationReport? Report => report.IsCompletedSuccessfully ? report.Result : null;

    /// <summary>Why the run could not finish (not a problem it found in the ledger: those are in the report).</summary>
    public string? Failure => report.IsFaulted ? report.Exception!.GetBaseException().Message : report.IsCanceled ? "The run was cancelled (the server stopped)." : null;
}
