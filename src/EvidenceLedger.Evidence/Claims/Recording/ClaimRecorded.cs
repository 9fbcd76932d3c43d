using EvidenceLedger.EventStore.Events;
using EvidenceLedger.Evidence.Counts;
using EvidenceLedger.Evidence.Grading;

namespace EvidenceLedger.Evidence.Claims.Recording;

/// <summary>A claim was recorded as <see cref="ClaimStatus.Unverified"/>, attributed to <paramref name="SourceId"/>.</summary>
[EventType("claim_recorded")]
public sealed record ClaimRecorded(
    Guid IncidentId,
    Guid ClaimId,
    string Statement,
    Guid SourceId,
    string? Category,
    CountRange? Count,
    InformationCredibility Credibility) : IClaimEvent;
