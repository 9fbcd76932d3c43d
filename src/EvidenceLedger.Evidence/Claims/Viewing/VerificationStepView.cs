using EvidenceLedger.Evidence.Claims.Verifying;
using NodaTime;

namespace EvidenceLedger.Evidence.Claims.Viewing;

public sealed record VerificationStepView(
    Guid StepId,
    VerificationMethod Method,
    VerificationOutcome Outcome,
    string Notes,
    Guid? SourceId,
    string RecordedBy,
    Instant RecordedAt);
