using EvidenceLedger.Evidence.Claims;
using EvidenceLedger.Evidence.Claims.Assessing;
using EvidenceLedger.Evidence.Claims.Citing;
using EvidenceLedger.Evidence.Claims.Correcting;
using EvidenceLedger.Evidence.Claims.Dating;
using EvidenceLedger.Evidence.Claims.Recording;
using EvidenceLedger.Evidence.Claims.Retracting;
using EvidenceLedger.Evidence.Claims.Verifying;
using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Incidents.Dating;
using EvidenceLedger.Evidence.Incidents.Describing;
using EvidenceLedger.Evidence.Incidents.PlaceAliasing;
using EvidenceLedger.Evidence.Incidents.Recording;
using EvidenceLedger.Evidence.Incidents.Relocating;
using EvidenceLedger.Evidence.Places;

namespace EvidenceLedger.Evidence.Incidents;

/// <summary>
/// The pure decision logic of an incident's stream (the incident and all its claims): fold its events with
/// <see cref="Evolve"/>, then <see cref="Decide"/>. Checks run in order: the incident exists, the claim exists and is
/// not retracted, the fields are valid, then rules that depend on the current state.
/// </summary>
public static class IncidentDecider
{
    internal static Rejection NotFound { get; } = Rejection.NotFound("incidentId", "No incident with this id has been recorded.");

    public static IncidentState Initial => IncidentState.None;

    public static Decision<IIncidentEvent> Decide(IIncidentCommand command, IncidentState state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        if (state.Exists && state.IncidentId != command.IncidentId)
            throw new ArgumentException($"Command for incident {command.IncidentId} was given the state of incident {state.IncidentId}.", nameof(state));

        return command switch
        {
            RecordIncident record => record.Decide(state),
            ReviseIncidentDescription revise => revise.Decide(state),
            ReviseIncidentOccurrence redate => redate.Decide(state),
            RelocateIncident relocate => relocate.Decide(state),
            AddIncidentPlaceAlias addAlias => addAlias.Decide(state),
            RecordClaim recordClaim => recordClaim.Decide(state),
            CorrectClaim correct => correct.Decide(state),
            ReviseClaimOccurrence redateClaim => redateClaim.Decide(state),
            RetractClaim retract => retract.Decide(state),
            CiteDocument cite => cite.Decide(state),
            RecordVerificationStep verify => verify.Decide(state),
            AssessClaim assess => assess.Decide(state),
            _ => throw new ArgumentException($"Unknown incident command {command.GetType().Name}.", nameof(command)),
        };
    }

    public static IncidentState Evolve(IncidentState state, IIncidentEvent @event)
    {
        ArgumentNullException.ThrowIfNull(state);
        return @event switch
        {
            IncidentRecorded recorded => state with
            {
                IncidentId = recorded.IncidentId,
                Title = recorded.Title,
                Summary = recorded.Summary,
                Occurred = recorded.Occurred,
                Place = recorded.Place,
            },
            IncidentDescriptionRevised revised => state with { Title = revised.Title, Summary = revised.Summary },
            IncidentOccurrenceRevised redated => state with { Occurred = redated.Occurred },
            IncidentRelocated relocated => state with { Place = state.Place! with { Name = relocated.PlaceName, Coordinates = relocated.Coordinates } },
            IncidentPlaceAliasAdded aliasAdded => state with { Place = state.Place! with { Aliases = [.. state.Place.Aliases, aliasAdded.Alias] } },
            ClaimRecorded claimRecorded => state with { Claims = state.Claims.Add(claimRecorded.ClaimId, RecordClaim.NewClaim(claimRecorded)) },
            ClaimCorrected corrected => state.WithClaim(corrected.ClaimId, claim => claim with { Statement = corrected.Statement }),
            ClaimOccurrenceRevised redated => state.WithClaim(redated.ClaimId, claim => claim with { Occurred = redated.Occurred }),
            ClaimRetracted retracted => state.WithClaim(retracted.ClaimId, claim => claim with { RetractionReason = retracted.Reason }),
            ClaimCited cited => state.WithClaim(cited.ClaimId, claim => claim with
            {
                CitationIds = claim.CitationIds.Add(cited.CitationId),
                CitedPassages = claim.CitedPassages.Add(new CitedPassage(CitedDocument.Key(cited.Url, cited.File?.Sha256, cited.Reference), cited.Excerpt)),
            }),
            VerificationStepRecorded step => state.WithClaim(step.ClaimId, claim => claim with
            {
                VerificationStepIds = claim.VerificationStepIds.Add(step.StepId),
                SupportingSourceIds = SupportingSources.After(claim.SupportingSourceIds, step),
            }),
            ClaimAssessed assessed => state.WithClaim(assessed.ClaimId, claim => claim with
            {
                Status = assessed.Status,
                Credibility = assessed.Credibility,
            }),
            _ => throw new ArgumentException($"Unknown incident event {@event?.GetType().Name}.", nameof(@event)),
        };
    }

    public static IncidentState Fold(IEnumerable<IIncidentEvent> events) => events.Aggregate(Initial, Evolve);
}
