using System.Collections.Immutable;
using EvidenceLedger.Evidence.Grading;

namespace EvidenceLedger.Evidence.Claims;

/// <summary>What deciding commands on one claim needs to know about it.</summary>
public sealed record ClaimState(
    Guid ClaimId,
    Guid SourceId,
    string Statement,
    ClaimStatus Status,
    InformationCredibility Credibility,
    string? RetractionReason,
    ImmutableHashSet<Guid> CitationIds,
    ImmutableHashSet<CitedPassage> CitedPassages,
    ImmutableHashSet<Guid> VerificationStepIds,
    ImmutableList<Guid> SupportingSourceIds,
    Dates.ImpreciseDate? Occurred = null)
{
    public bool IsRetracted => RetractionReason is not null;
}

/// <summary>One passage of one document; citing the same passage of the same document twice adds nothing.</summary>
/// <param name="Document">The document's <see cref="Citing.CitedDocument.Key"/>.</param>
public sealed record CitedPassage(string Document, string Excerpt);
