using EvidenceLedger.Evidence.Counts;
using EvidenceLedger.Evidence.Dates;
using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Texts;
using NodaTime;

namespace EvidenceLedger.Evidence.Claims.Recording;

/// <summary>
/// Records what a source says about the incident. The source lives in its own stream, so the caller must check that
/// <paramref name="SourceId"/> is a registered source before deciding; this decision only sees the incident.
/// </summary>
/// <param name="Count">Optional figure the claim gives, e.g. <c>CountRange.Parse("more than 30 IS members killed")</c>.</param>
/// <param name="Occurred">Optional: when the reported thing happened, per the source — EDTF or plain English, read like an
/// incident's date ("mid-November 2015", "18/11/2015" day first); the event keeps the EDTF.</param>
/// <param name="RequestedAt">When the command was issued; a claim's date cannot begin after that day. Give it whenever
/// <paramref name="Occurred"/> is given: without it only the date's form is checked.</param>
public sealed record RecordClaim(
    Guid IncidentId,
    Guid ClaimId,
    string Statement,
    Guid SourceId,
    string? Category,
    CountRange? Count,
    InformationCredibility Credibility,
    string? Occurred = null,
    Instant? RequestedAt = null) : IIncidentCommand
{
    internal Decision<IIncidentEvent> Decide(IncidentState state)
    {
        if (!state.Exists)
            return IncidentDecider.NotFound;
        if (state.Claims.ContainsKey(ClaimId))
            return Rejection.Conflict("claimId", "The incident already has a claim with this id.");

        ImpreciseDate? occurred = null;
        return Require.FirstOf(
                Require.Id(ClaimId, "claimId", "The claim id"),
                Require.Text(Statement, "statement", "The statement", TextLimits.Statement),
                Require.OptionalText(Category, "category", "A category", TextLimits.Category),
                Require.Id(SourceId, "sourceId", "The source id"),
                Count?.Problem("count"),
                Require.Known(Credibility, "credibility"),
                Credibility == InformationCredibility.ConfirmedByOtherSources
                    ? Rejection.Invalid("credibility", $"A new claim rests on its one source; 'confirmed by other sources' needs at least {SupportingSources.NeededToConfirm} distinct supporting sources.")
                    : null,
                ClaimDate(out occurred))
            ?? Decision<IIncidentEvent>.Accept(new ClaimRecorded(
                IncidentId,
                ClaimId,
                FreeText.Clean(Statement),
                SourceId,
                Require.TrimmedOrNull(Category),
                Count is null ? null : Count with { Subject = FreeText.Clean(Count.Subject) },
                Credibility,
                occurred));
    }

    private Rejection? ClaimDate(out ImpreciseDate? occurred)
    {
        occurred = null;
        if (string.IsNullOrWhiteSpace(Occurred))
            return null;
        return RequestedAt is { } requestedAt
            ? Occurrence.Parse(Occurred, requestedAt, "occurred", out occurred)
            : ImpreciseDate.TryRead(Occurred, out occurred, out var error) ? null : Rejection.Invalid("occurred", error);
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
        SupportingSourceIds: SupportingSources.Of(recorded.SourceId),
        Occurred: recorded.Occurred);
}
