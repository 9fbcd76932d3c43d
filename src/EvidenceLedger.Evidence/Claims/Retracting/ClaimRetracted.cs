using EvidenceLedger.EventStore.Events;

namespace EvidenceLedger.Evidence.Claims.Retracting;

[EventType("claim_retracted")]
public sealed record ClaimRetracted(Guid IncidentId, Guid ClaimId, string Reason) : IClaimEvent;
