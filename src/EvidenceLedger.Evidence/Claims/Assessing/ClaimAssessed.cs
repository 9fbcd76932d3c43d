using EvidenceLedger.EventStore.Events;
using EvidenceLedger.Evidence.Grading;

namespace EvidenceLedger.Evidence.Claims.Assessing;

[EventType("claim_assessed")]
public sealed record ClaimAssessed(Guid IncidentId, Guid ClaimId, ClaimStatus Status, InformationCredibility Credibility, string Rationale) : IClaimEvent;
