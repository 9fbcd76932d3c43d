using System.Collections.Immutable;
using EvidenceLedger.Evidence.Counts;
using EvidenceLedger.Evidence.Dates;
using EvidenceLedger.Evidence.Grading;

namespace EvidenceLedger.Evidence.Claims.Viewing;

/// <summary>A claim as it reads now, with everything that led there.</summary>
/// <param name="Wordings">Every statement the claim has had, oldest first; the last is <see cref="Statement"/>.</param>
/// <param name="DistinctSupportingSourceIds">See <see cref="SupportingSources"/> for what counts.</param>
/// <param name="Retraction">Why, by whom and when the claim was retracted; null while it stands.</param>
/// <param name="Occurred">When the reported thing happened, per the source; null when the claim gives no date.</param>
public sealed record ClaimView(
    Guid ClaimId,
    string Statement,
    Guid SourceId,
    string? Category,
    CountRange? Count,
    ClaimStatus Status,
    InformationCredibility Credibility,
    ImmutableList<ClaimWording> Wordings,
    ImmutableList<CitationView> Citations,
    ImmutableList<VerificationStepView> VerificationSteps,
    ImmutableList<AssessmentView> Assessments,
    ImmutableList<Guid> DistinctSupportingSourceIds,
    RetractionView? Retraction,
    ImpreciseDate? Occurred = null)
{
    public int CorrectionCount => Wordings.Count - 1;

    public bool IsRetracted => Retraction is not null;

    public string? RetractionReason => Retraction?.Reason;
}
