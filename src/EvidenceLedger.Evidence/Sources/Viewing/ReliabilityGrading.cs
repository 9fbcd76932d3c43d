using EvidenceLedger.Evidence.Grading;
using NodaTime;

namespace EvidenceLedger.Evidence.Sources.Viewing;

/// <summary>One grade the source has held, with who gave it, when and why (null rationale for the grade at registration).</summary>
public sealed record ReliabilityGrading(SourceReliability Reliability, string? Rationale, string Actor, Instant RecordedAt, long Version);
