using EvidenceLedger.EventStore.Events;

namespace EvidenceLedger.Evidence.Claims.Verifying;

[EventType("claim_verification_step_recorded")]
public sealed record VerificationStepRecorded(
    Guid IncidentId,
    Guid ClaimId,
    Guid StepId,
    VerificationMethod Method,
    VerificationOutcome Outcome,
    string Notes,
    Guid? SourceId) : IClaimEvent;
