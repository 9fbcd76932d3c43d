using EvidenceLedger.Evidence.Counts;
using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Texts;

namespace EvidenceLedger.Evidence.Claims.Recording;

/// <summary>
/// Records what a source says about the incident. The source lives in its own stream, so the caller must check that
/// <paramref name="SourceId"/> is a registered source before deciding; this decision only sees the incident.
/// </summary>
/// <param name="Count">Optional figure the claim gives, e.g. <c>CountRange.Parse("more than 30 IS members killed")</c>.</param>
public sealed record RecordClaim(
    Guid IncidentId,
    Guid ClaimId,
    string Statement,
    Guid SourceId,
    string? Category,
    CountRange? Count,
    InformationCredibility Credibility) : IIncidentCommand
{
    internal Decision<IIncidentEvent> Decide(IncidentState state)
    {
        if (!state.Exists)
            return IncidentDecider.NotFound;
        if (state.Claims.ContainsKey(ClaimId))
            return Rejection.Conflict("claimId", "The incident already has a claim with this id.");

        return Require.FirstOf(
                Require.Id(ClaimId, "claimId", "The claim id"),
                Require.Text(Statement, "statement", "The statement", TextLimits.Statement),
                Require.OptionalText(Category, "category", "A category", TextLimits.Category),
                Require.Id(SourceId, "sourceId", "The source id"),
                Count?.Problem("count"),
                Require.Known(Credibility, "credibility"),
                Credibility == InformationCredibility.ConfirmedByOtherSources
                    ? Rejection.Invalid("credibility", $"A new claim rests on its one source; 'confirmed by other sources' needs at least {SupportingSources.NeededToConfirm} distinct supporting sources.")
                    : null)
            ?? Decision<IIncidentEvent>.Accept(new ClaimRecorded(
                IncidentId,
                ClaimId,
                FreeText.Clean(Statement),
                SourceId,
                Require.TrimmedOrNull(Category),
                Count is null ? null : Count with { Subject = FreeText.Clean(Count.Subject) },
                Credibility));
    }

    internal static ClaimState NewClaim(ClaimRecorded recorded) => new(
        recorded.ClaimId,
        recorded.SourceId,
        recorded.Statement,
        ClaimStatus.Unverified,
        recorded.Credibility,
        RetractionReason: null,
        CitationIds: [],
        CitedPassages: [],
        VerificationStepIds: [],
        SupportingSourceIds: SupportingSources.Of(recorded.SourceId));
}
