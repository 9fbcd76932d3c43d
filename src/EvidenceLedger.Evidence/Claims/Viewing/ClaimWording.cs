using NodaTime;

namespace EvidenceLedger.Evidence.Claims.Viewing;

/// <summary>One wording a claim has had: who wrote it, when, why (the correction's reason), and at which stream version.</summary>
public sealed record ClaimWording(string Statement, string Actor, Instant RecordedAt, string? Reason, long Version);
