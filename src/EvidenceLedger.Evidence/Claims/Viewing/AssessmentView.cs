using EvidenceLedger.Evidence.Grading;
using NodaTime;

namespace EvidenceLedger.Evidence.Claims.Viewing;

public sealed record AssessmentView(
    ClaimStatus Status,
    InformationCredibility Credibility,
    string Rationale,
    string Actor,
    Instant RecordedAt,
    long Version);
