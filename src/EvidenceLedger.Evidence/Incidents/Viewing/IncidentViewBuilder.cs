using EvidenceLedger.Evidence.Claims;
using EvidenceLedger.Evidence.Claims.Assessing;
using EvidenceLedger.Evidence.Claims.Citing;
using EvidenceLedger.Evidence.Claims.Correcting;
using EvidenceLedger.Evidence.Claims.Dating;
using EvidenceLedger.Evidence.Claims.Recording;
using EvidenceLedger.Evidence.Claims.Retracting;
using EvidenceLedger.Evidence.Claims.Verifying;
using EvidenceLedger.Evidence.Claims.Viewing;
using EvidenceLedger.Evidence.Envelopes;
using EvidenceLedger.Evidence.Incidents.Dating;
using EvidenceLedger.Evidence.Incidents.Describing;
using EvidenceLedger.Evidence.Incidents.PlaceAliasing;
using EvidenceLedger.Evidence.Incidents.Recording;
using EvidenceLedger.Evidence.Incidents.Relocating;

namespace EvidenceLedger.Evidence.Incidents.Viewing;

/// <summary>
/// Builds <see cref="IncidentView"/> from an incident's events and their envelopes. Pure and order-dependent only:
/// replaying the first N events always gives the view as it stood at version N.
/// </summary>
public static class IncidentViewBuilder
{
    /// <summary>The view after all of <paramref name="history"/> (in stream order), or null for an empty history.</summary>
    public static IncidentView? Build(IEnumerable<(IIncidentEvent Event, EventEnvelopeInfo Envelope)> history) =>
        history.Aggregate((IncidentView?)null, (view, recorded) => Apply(view, recorded.Event, recorded.Envelope));

    /// <summary>The view after one more event; <paramref name="view"/> is null before the incident was recorded.</summary>
    public static IncidentView Apply(IncidentView? view, IIncidentEvent @event, EventEnvelopeInfo envelope)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(envelope);

        if (@event is IncidentRecorded recorded)
        {
            return view is null
                ? new IncidentView(recorded.IncidentId, recorded.Title, recorded.Summary, recorded.Occurred, recorded.Place, [], envelope.Actor, envelope.RecordedAt, envelope.RecordedAt, envelope.Version)
                : throw new InvalidOperationException($"Incident {view.IncidentId} was recorded twice.");
        }
        if (view is null)
            throw new InvalidOperationException($"{@event.GetType().Name} came before the incident was recorded.");
        if (envelope.Version <= view.Version)
            throw new InvalidOperationException($"Events must be applied in stream order: version {envelope.Version} came after {view.Version}.");

        var changed = @event switch
        {
            IncidentDescriptionRevised revised => view with { Title = revised.Title, Summary = revised.Summary },
            IncidentOccurrenceRevised redated => view with { Occurred = redated.Occurred },
            IncidentRelocated relocated => view with { Place = view.Place with { Name = relocated.PlaceName, Coordinates = relocated.Coordinates } },
            IncidentPlaceAliasAdded aliasAdded => view with { Place = view.Place with { Aliases = [.. view.Place.Aliases, aliasAdded.Alias] } },
            ClaimRecorded claimRecorded => view with { Claims = view.Claims.Add(NewClaim(claimRecorded, envelope)) },
            IClaimEvent claimEvent => WithClaim(view, claimEvent.ClaimId, claim => ApplyToClaim(claim, claimEvent, envelope)),
            _ => throw new ArgumentException($"Unknown incident event {@event.GetType().Name}.", nameof(@event)),
        };
        return changed with { Version = envelope.Version, LastChangedAt = envelope.RecordedAt };
    }

    private static ClaimView NewClaim(ClaimRecorded recorded, EventEnvelopeInfo envelope) => new(
        recorded.ClaimId,
        recorded.Statement,
        recorded.SourceId,
        recorded.Category,
        recorded.Count,
        ClaimStatus.Unverified,
        recorded.Credibility,
        Wordings: [new ClaimWording(recorded.Statement, envelope.Actor, envelope.RecordedAt, envelope.Reason, envelope.Version)],
        Citations: [],
        VerificationSteps: [],
        Assessments: [],
        DistinctSupportingSourceIds: SupportingSources.Of(recorded.SourceId),
        Retraction: null,
        Occurred: recorded.Occurred);

    private static ClaimView ApplyToClaim(ClaimView claim, IClaimEvent @event, EventEnvelopeInfo envelope) => @event switch
    {
        ClaimCorrected corrected => claim with
        {
            Statement = corrected.Statement,
            Wordings = claim.Wordings.Add(new ClaimWording(corrected.Statement, envelope.Actor, envelope.RecordedAt, corrected.Reason, envelope.Version)),
        },
        ClaimOccurrenceRevised redated => claim with { Occurred = redated.Occurred },
        ClaimRetracted retracted => claim with { Retraction = new RetractionView(retracted.Reason, envelope.Actor, envelope.RecordedAt) },
        ClaimCited cited => claim with
        {
            Citations = claim.Citations.Add(new CitationView(
                cited.CitationId, cited.Title, cited.Url, cited.PublishedOn, cited.Sha256, cited.Excerpt, envelope.Actor, envelope.RecordedAt,
                cited.File, cited.Reference)),
        },
        VerificationStepRecorded step => claim with
        {
            VerificationSteps = claim.VerificationSteps.Add(new VerificationStepView(
                step.StepId, step.Method, step.Outcome, step.Notes, step.SourceId, envelope.Actor, envelope.RecordedAt)),
            DistinctSupportingSourceIds = SupportingSources.After(claim.DistinctSupportingSourceIds, step),
        },
        ClaimAssessed assessed => claim with
        {
            Status = assessed.Status,
            Credibility = assessed.Credibility,
            Assessments = claim.Assessments.Add(new AssessmentView(
                assessed.Status, assessed.Credibility, assessed.Rationale, envelope.Actor, envelope.RecordedAt, envelope.Version)),
        },
        _ => throw new ArgumentException($"Unknown claim event {@event.GetType().Name}.", nameof(@event)),
    };

    private static IncidentView WithClaim(IncidentView view, Guid claimId, Func<ClaimView, ClaimView> change)
    {
        var index = view.Claims.FindIndex(claim => claim.ClaimId == claimId);
        return index >= 0
            ? view with { Claims = view.Claims.SetItem(index, change(view.Claims[index])) }
            : throw new InvalidOperationException($"Event for claim {claimId}, which incident {view.IncidentId} does not have.");
    }
}
