using EvidenceLedger.EventStore.Events;
using EvidenceLedger.Integrity.Verification;
using EvidenceLedger.Server.Json;
using NodaTime;

namespace EvidenceLedger.Server.Integrity.Verifying;

/// <summary>
/// A whole-ledger verification finished: recorded in the ledger itself (stream <c>verification-{runId}</c>, actor: who
/// started it), so auditors find every run, and its report, after any restart. At most the first
/// <see cref="KeptProblems"/> problems are kept; <c>problemCount</c> says how many there were.
/// </summary>
[EventType("ledger_verified")]
public sealed record LedgerVerified(Guid RunId, Instant StartedAt, long EventsInLedger, string? SavedCheckpoint, VerificationReport Report)
{
    public const int KeptProblems = 100;
    public const string StreamPrefix = "verification-";

    public static string StreamOf(Guid runId) => StreamPrefix + runId.ToString("D");

    public static System.Text.Json.JsonSerializerOptions Json { get; } = new System.Text.Json.JsonSerializerOptions(EventSerializer.DefaultOptions).WithApiConverters();

    public static EventSerializer Serializer { get; } = new(new EventTypeRegistry([typeof(LedgerVerified)]), Json);
}
