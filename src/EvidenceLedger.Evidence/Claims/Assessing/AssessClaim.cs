using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Texts;

namespace EvidenceLedger.Evidence.Claims.Assessing;

/// <summary>Sets where the claim stands (status) and how credible its information is, with the rationale for both.</summary>
/// <param name="ReadAs">For each supporting source marked as the same as another, the one it reads as: two reports of
/// one source never confirm each other. The incident's stream cannot see the source streams, so the caller gives it.</param>
public sealed record AssessClaim(Guid IncidentId, Guid ClaimId, ClaimStatus Status, InformationCredibility Credibility, string Rationale,
    IReadOnlyDictionary<Guid, Guid>? ReadAs = null) : IIncidentCommand
{
    internal Decision<IIncidentEvent> Decide(IncidentState state)
    {
        if (!state.Exists)
            return IncidentDecider.NotFound;
        if (state.OpenClaim(ClaimId, "assessed", out var claim) is { } unavailable)
            return unavailable;

        var supporting = SupportingSources.AsOne(claim.SupportingSourceIds, id => ReadAs?.GetValueOrDefault(id, id) ?? id).Count;
        return Require.FirstOf(
                Require.Known(Status, "status"),
                Require.Known(Credibility, "credibility"),
                Require.Text(Rationale, "rationale", "A rationale for the assessment", TextLimits.Reason),
                Status == claim.Status && Credibility == claim.Credibility
                    ? Rejection.Invalid("status", $"The claim is already assessed as {Status} with credibility {AdmiraltyCode.Of(Credibility)}.")
                    : null,
                Credibility == InformationCredibility.ConfirmedByOtherSources && supporting < SupportingSources.NeededToConfirm
                    ? Rejection.Invalid("credibility", $"'Confirmed by other sources' needs at least {SupportingSources.NeededToConfirm} distinct supporting sources; this claim has {supporting}.")
                    : null)
            ?? Decision<IIncidentEvent>.Accept(new ClaimAssessed(IncidentId, ClaimId, Status, Credibility, FreeText.Clean(Rationale)));
    }
}
