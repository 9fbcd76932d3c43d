using EvidenceLedger.Evidence.Claims.Retracting;
using EvidenceLedger.Evidence.Claims.Verifying;
using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Tests.Support;

namespace EvidenceLedger.Evidence.Tests.Claims.Verifying;

public class RecordingVerificationStepTests
{
    private static RecordVerificationStep Verify(
        VerificationMethod method = VerificationMethod.Geolocation, VerificationOutcome outcome = VerificationOutcome.Supports, string notes = " Matched the minaret in the footage to satellite imagery. ", Guid? sourceId = null, Guid? stepId = null) =>
        new(Sample.IncidentId, Sample.ClaimId, stepId ?? Sample.StepId, method, outcome, notes, sourceId);

    [Fact]
    public void Recording_a_verification_step_keeps_method_outcome_notes_and_source() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Verify(method: VerificationMethod.CrossReference, sourceId: Sample.SecondSourceId))
            .Then(new VerificationStepRecorded(
                Sample.IncidentId, Sample.ClaimId, Sample.StepId, VerificationMethod.CrossReference, VerificationOutcome.Supports,
                "Matched the minaret in the footage to satellite imagery.", Sample.SecondSourceId));

    [Fact]
    public void A_step_need_not_rely_on_a_source() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Verify(outcome: VerificationOutcome.Inconclusive))
            .Then(new VerificationStepRecorded(
                Sample.IncidentId, Sample.ClaimId, Sample.StepId, VerificationMethod.Geolocation, VerificationOutcome.Inconclusive,
                "Matched the minaret in the footage to satellite imagery.", null));

    [Fact]
    public void Verifying_a_claim_on_an_unrecorded_incident_is_not_found() =>
        Incident.Given()
            .When(Verify())
            .ThenRejected(RejectionKind.NotFound, "incidentId");

    [Fact]
    public void Verifying_an_unknown_claim_is_not_found() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(Verify())
            .ThenRejected(RejectionKind.NotFound, "claimId");

    [Fact]
    public void Verifying_a_retracted_claim_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded, new ClaimRetracted(Sample.IncidentId, Sample.ClaimId, "Withdrawn."))
            .When(Verify())
            .ThenRejected(RejectionKind.Conflict, "claimId");

    [Fact]
    public void Recording_a_step_under_an_id_already_used_is_a_conflict() =>
        Incident.Given(
                Sample.IncidentRecorded,
                Sample.ClaimRecorded,
                new VerificationStepRecorded(Sample.IncidentId, Sample.ClaimId, Sample.StepId, VerificationMethod.SourceCheck, VerificationOutcome.Supports, "Checked.", null))
            .When(Verify())
            .ThenRejected(RejectionKind.Conflict, "stepId");

    [Fact]
    public void Recording_a_step_without_an_id_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Verify(stepId: Guid.Empty))
            .ThenInvalid("stepId");

    [Fact]
    public void Recording_a_step_with_an_unknown_method_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Verify(method: (VerificationMethod)0))
            .ThenInvalid("method");

    [Fact]
    public void Recording_a_step_with_an_unknown_outcome_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Verify(outcome: (VerificationOutcome)12))
            .ThenInvalid("outcome");

    [Fact]
    public void Recording_a_step_without_notes_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Verify(notes: " "))
            .ThenInvalid("notes");

    [Fact]
    public void Recording_a_step_relying_on_an_empty_source_id_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Verify(sourceId: Guid.Empty))
            .ThenInvalid("sourceId");
}
