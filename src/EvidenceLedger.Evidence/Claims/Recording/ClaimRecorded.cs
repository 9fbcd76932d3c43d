using EvidenceLedger.EventStore.Events;
using EvidenceLedger.Evidence.Counts;
using EvidenceLedger.Evidence.Dates;
using EvidenceLedger.Evidence.Grading;

namespace EvidenceLedger.Evidence.Claims.Recording;

/// <summary>A claim was recorded as <see cref="ClaimStatus.Unverified"/>, attributed to <paramref name="SourceId"/>.</summary>
/// <param name="Occurred">When the reported thing happened, per the source, as EDTF; null when the claim gives no date
/// (and in every claim recorded before claims had dates).</param>
[EventType("claim_recorded")]
public sealed record ClaimRecorded(
    Guid IncidentId,
    Guid ClaimId,
    string Statement,
    Guid SourceId,
    string? Category,
    CountRange? Count,
    InformationCredibility Credibility,
    ImpreciseDate? Occurred = null) : IClaimEvent;
