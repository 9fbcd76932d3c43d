using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Texts;

namespace EvidenceLedger.Evidence.Claims.Verifying;

/// <summary>Records one check made on the claim and what it found.</summary>
/// <param name="SourceId">The source the step relies on, if any; a supporting step's source counts towards the claim's distinct supporting sources.</param>
public sealed record RecordVerificationStep(
    Guid IncidentId,
    Guid ClaimId,
    Guid StepId,
    VerificationMethod Method,
    VerificationOutcome Outcome,
    string Notes,
    Guid? SourceId) : IIncidentCommand
{
    internal Decision<IIncidentEvent> Decide(IncidentState state)
    {
        if (!state.Exists)
            return IncidentDecider.NotFound;
        if (state.OpenClaim(ClaimId, "verified", out var claim) is { } unavailable)
            return unavailable;
        if (claim.VerificationStepIds.Contains(StepId))
            return Rejection.Conflict("stepId", "The claim already has a verification step with this id.");

        return Require.FirstOf(
                Require.Id(StepId, "stepId", "The step id"),
                Require.Known(Method, "method"),
                Require.Known(Outcome, "outcome"),
                Require.Text(Notes, "notes", "Notes on what was checked and found", TextLimits.Notes),
                SourceId is { } sourceId ? Require.Id(sourceId, "sourceId", "The source id") : null)
            ?? Decision<IIncidentEvent>.Accept(new VerificationStepRecorded(IncidentId, ClaimId, StepId, Method, Outcome, FreeText.Clean(Notes), SourceId));
    }
}
