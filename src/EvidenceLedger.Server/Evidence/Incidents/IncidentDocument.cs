using EvidenceLedger.Evidence.Claims;
using EvidenceLedger.Evidence.Claims.Viewing;
using EvidenceLedger.Evidence.Counts;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Incidents.Viewing;
using EvidenceLedger.Evidence.Places;
using EvidenceLedger.Evidence.Sources.Viewing;
using EvidenceLedger.Server.Evidence.Claims.Citing;
using EvidenceLedger.Server.Evidence.Incidents.Searching;
using EvidenceLedger.Server.Evidence.Sources;
using NodaTime;
using Admiralty = EvidenceLedger.Evidence.Grading.AdmiraltyCode;

namespace EvidenceLedger.Server.Evidence.Incidents;

/// <summary>An incident and its claims as the API and pages show them, with each claim's source and its grade as read.</summary>
/// <param name="Occurred">The EDTF date (as given, or the EDTF a plain-English date was read as).</param>
/// <param name="OccurredReading">That date in plain words, e.g. "spring 2015 (March to May 2015)", "16–22 November 2015".</param>
/// <param name="OccurredEarliest">The earliest day <see cref="Occurred"/> can mean; null for an open start.</param>
/// <param name="OccurredLatest">The latest day <see cref="Occurred"/> can mean; null for an open end.</param>
/// <param name="Claims">In the order they were recorded.</param>
/// <param name="Version">The incident stream's version: the ETag to send as If-Match.</param>
public sealed record IncidentDocument(
    Guid Id,
    string Title,
    string Summary,
    string Occurred,
    string OccurredReading,
    LocalDate? OccurredEarliest,
    LocalDate? OccurredLatest,
    Place Place,
    IReadOnlyList<ClaimDocument> Claims,
    string RecordedBy,
    Instant RecordedAt,
    Instant LastChangedAt,
    long Version)
{
    public static IncidentDocument From(IncidentView view, IReadOnlyDictionary<Guid, SourceView> sources)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(sources);
        return new IncidentDocument(
            view.IncidentId,
            view.Title,
            view.Summary,
            view.Occurred.Edtf,
            view.Occurred.Reading(),
            view.Occurred.Earliest,
            view.Occurred.Latest,
            view.Place,
            view.Claims.Select(claim => ClaimDocument.From(claim, sources.GetValueOrDefault(claim.SourceId), sources)).ToList(),
            view.RecordedBy,
            view.RecordedAt,
            view.LastChangedAt,
            view.Version);
    }

    public ClaimDocument? Claim(Guid claimId) => Claims.FirstOrDefault(claim => claim.Id == claimId);
}

/// <summary>One claim as it reads now (or as of the time read), with everything that led there.</summary>
/// <param name="Statement">The current wording; every earlier one is in <see cref="Wordings"/>.</param>
/// <param name="CredibilityCode">The Admiralty digit (1–6) of <see cref="Credibility"/>.</param>
/// <param name="AdmiraltyCode">The source's reliability letter and the claim's credibility digit, e.g. <c>B3</c>.</param>
/// <param name="SourceId">The source the claim is attributed to.</param>
/// <param name="Source">That source with its grade as read; null only if it was not registered at the time read.</param>
/// <param name="CorrectionCount">How many times the statement was corrected.</param>
/// <param name="CountAsReported">The count phrase exactly as the source gave it ("more than 30 IS members killed"); null when the count was given as figures or there is none.</param>
/// <param name="Count">The range the phrase is read as (a reading of <see cref="CountAsReported"/>, never a replacement for it).</param>
/// <param name="CountReading">That range in words: "at least 31", "about 40 (approximate, no exact bound)".</param>
/// <param name="Occurred">When the reported thing happened, per the source, as EDTF; null when the claim gives no date.</param>
/// <param name="OccurredReading">That date in plain words ("11–20 November 2015", "spring 2015 (March to May 2015)"); null when there is none.</param>
/// <param name="DistinctSupportingSources">The claim's source plus every other source a supporting verification step relied on, each once (a source marked as the same as another counted as that one).</param>
public sealed record ClaimDocument(
    Guid Id,
    string Statement,
    string? Category,
    string? Occurred,
    string? OccurredReading,
    string? CountAsReported,
    CountRange? Count,
    string? CountReading,
    ClaimStatus Status,
    InformationCredibility Credibility,
    string CredibilityCode,
    string? AdmiraltyCode,
    Guid SourceId,
    SourceSummary? Source,
    bool Retracted,
    RetractionView? Retraction,
    int CorrectionCount,
    IReadOnlyList<ClaimWording> Wordings,
    IReadOnlyList<CitationDocument> Citations,
    IReadOnlyList<VerificationStepView> VerificationSteps,
    IReadOnlyList<AssessmentView> Assessments,
    int DistinctSupportingSources,
    IReadOnlyList<Guid> SupportingSourceIds)
{
    /// <param name="sources">The views of the supporting sources, where known: a source marked as the same as another counts as that one.</param>
    public static ClaimDocument From(ClaimView claim, SourceView? source, IReadOnlyDictionary<Guid, SourceView>? sources = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var supporting = SupportingSources.AsOne(claim.DistinctSupportingSourceIds, id => sources?.GetValueOrDefault(id)?.ReadAsId ?? id);
        var credibility = Admiralty.Of(claim.Credibility).ToString();
        return new ClaimDocument(
            claim.ClaimId,
            claim.Statement,
            claim.Category,
            claim.Occurred?.Edtf,
            claim.Occurred?.Reading(),
            claim.Count?.AsReported,
            claim.Count,
            claim.Count?.Reading(),
            claim.Status,
            claim.Credibility,
            credibility,
            source is null ? null : SourceDocument.Code(source.Reliability) + credibility,
            claim.SourceId,
            source is null ? null : SourceSummary.From(source),
            claim.IsRetracted,
            claim.Retraction,
            claim.CorrectionCount,
            claim.Wordings,
            claim.Citations.Select(CitationDocument.From).ToList(),
            claim.VerificationSteps,
            claim.Assessments,
            supporting.Count,
            supporting);
    }
}

/// <summary>An incident in a search result.</summary>
/// <param name="Occurred">The EDTF date.</param>
/// <param name="OccurredReading">That date in plain words.</param>
/// <param name="ClaimStatuses">The statuses of the claims that are not retracted.</param>
/// <param name="MatchedByOverlap">True when an occurredFrom/occurredTo filter matched this incident only because its date's range
/// overlaps the filter's (an undated side, or a date that may also fall outside it); false when it lies wholly within or no dates were filtered on.</param>
public sealed record IncidentSummary(
    Guid Id,
    string Title,
    string Summary,
    string Occurred,
    string OccurredReading,
    Place Place,
    int ClaimCount,
    IReadOnlyList<ClaimStatus> ClaimStatuses,
    string RecordedBy,
    Instant RecordedAt,
    Instant LastChangedAt,
    long Version,
    bool MatchedByOverlap = false)
{
    public static IncidentSummary From(IncidentView view) => From(view, null);

    public static IncidentSummary From(IncidentView view, IncidentFilter? filter)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new IncidentSummary(view.IncidentId, view.Title, view.Summary, view.Occurred.Edtf, view.Occurred.Reading(), view.Place, view.Claims.Count,
            view.OpenClaimStatuses(),
            view.RecordedBy, view.RecordedAt, view.LastChangedAt, view.Version, filter?.MatchedByOverlap(view) ?? false);
    }
}

/// <summary>One page of incidents found, newest recorded first; <see cref="Total"/> counts every match.</summary>
public sealed record IncidentSearchResult(IReadOnlyList<IncidentSummary> Items, int Total, int Offset, int PageSize);
