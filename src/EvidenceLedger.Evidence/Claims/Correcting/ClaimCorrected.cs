using EvidenceLedger.EventStore.Events;

namespace EvidenceLedger.Evidence.Claims.Correcting;

/// <summary>The claim now reads <paramref name="Statement"/>; the wording it replaces is the one in force before this event.</summary>
[EventType("claim_corrected")]
public sealed record ClaimCorrected(Guid IncidentId, Guid ClaimId, string Statement, string Reason) : IClaimEvent;
