using EvidenceLedger.Evidence.Claims;
using EvidenceLedger.Evidence.Claims.Assessing;
using EvidenceLedger.Evidence.Claims.Retracting;
using EvidenceLedger.Evidence.Claims.Verifying;
using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Tests.Support;

namespace EvidenceLedger.Evidence.Tests.Claims.Assessing;

public class AssessingClaimTests
{
    private static AssessClaim Assess(ClaimStatus status, InformationCredibility credibility, string rationale = " Two independent outlets and geolocated footage. ") =>
        new(Sample.IncidentId, Sample.ClaimId, status, credibility, rationale);

    private static VerificationStepRecorded Step(VerificationOutcome outcome, Guid? sourceId) =>
        new(Sample.IncidentId, Sample.ClaimId, Guid.NewGuid(), VerificationMethod.CrossReference, outcome, "Compared reports.", sourceId);

    [Fact]
    public void Assessing_a_claim_records_its_status_credibility_and_rationale() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Assess(ClaimStatus.Corroborated, InformationCredibility.ProbablyTrue))
            .Then(new ClaimAssessed(Sample.IncidentId, Sample.ClaimId, ClaimStatus.Corroborated, InformationCredibility.ProbablyTrue, "Two independent outlets and geolocated footage."));

    [Fact]
    public void Changing_only_the_credibility_is_an_assessment() =>
        Assert.True(Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Assess(ClaimStatus.Unverified, InformationCredibility.Doubtful))
            .Decision.IsAccepted);

    [Fact]
    public void Assessing_a_claim_on_an_unrecorded_incident_is_not_found() =>
        Incident.Given()
            .When(Assess(ClaimStatus.Contested, InformationCredibility.Doubtful))
            .ThenRejected(RejectionKind.NotFound, "incidentId");

    [Fact]
    public void Assessing_an_unknown_claim_is_not_found() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(Assess(ClaimStatus.Contested, InformationCredibility.Doubtful))
            .ThenRejected(RejectionKind.NotFound, "claimId");

    [Fact]
    public void Assessing_a_retracted_claim_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded, new ClaimRetracted(Sample.IncidentId, Sample.ClaimId, "Withdrawn."))
            .When(Assess(ClaimStatus.Discredited, InformationCredibility.Improbable))
            .ThenRejected(RejectionKind.Conflict, "claimId");

    [Fact]
    public void Assessing_without_a_rationale_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Assess(ClaimStatus.Contested, InformationCredibility.Doubtful, rationale: ""))
            .ThenInvalid("rationale");

    [Fact]
    public void Assessing_with_an_unknown_status_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Assess((ClaimStatus)0, InformationCredibility.Doubtful))
            .ThenInvalid("status");

    [Fact]
    public void Assessing_with_an_unknown_credibility_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Assess(ClaimStatus.Contested, (InformationCredibility)7))
            .ThenInvalid("credibility");

    [Fact]
    public void An_assessment_that_changes_neither_status_nor_credibility_is_rejected() =>
        Incident.Given(
                Sample.IncidentRecorded,
                Sample.ClaimRecorded,
                new ClaimAssessed(Sample.IncidentId, Sample.ClaimId, ClaimStatus.Contested, InformationCredibility.Doubtful, "Conflicting reports."))
            .When(Assess(ClaimStatus.Contested, InformationCredibility.Doubtful))
            .ThenInvalid("status");

    [Fact]
    public void Confirmed_by_other_sources_needs_a_second_supporting_source() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded, Step(VerificationOutcome.Supports, Sample.SecondSourceId))
            .When(Assess(ClaimStatus.Confirmed, InformationCredibility.ConfirmedByOtherSources))
            .Then(new ClaimAssessed(Sample.IncidentId, Sample.ClaimId, ClaimStatus.Confirmed, InformationCredibility.ConfirmedByOtherSources, "Two independent outlets and geolocated footage."));

    [Fact]
    public void A_second_source_marked_as_the_same_as_the_claim_s_own_does_not_confirm_it() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded, Step(VerificationOutcome.Supports, Sample.SecondSourceId))
            .When(Assess(ClaimStatus.Confirmed, InformationCredibility.ConfirmedByOtherSources) with
            {
                ReadAs = new Dictionary<Guid, Guid> { [Sample.SecondSourceId] = Sample.SourceId },
            })
            .ThenInvalid("credibility");

    public static TheoryData<VerificationOutcome, Guid?> StepsThatAddNoSupportingSource => new()
    {
        { VerificationOutcome.Supports, Sample.SourceId },
        { VerificationOutcome.Supports, null },
        { VerificationOutcome.Contradicts, Sample.SecondSourceId },
        { VerificationOutcome.Inconclusive, Sample.SecondSourceId },
    };

    [Theory]
    [MemberData(nameof(StepsThatAddNoSupportingSource))]
    public void Confirmed_by_other_sources_is_rejected_while_only_the_claim_s_own_source_supports_it(VerificationOutcome outcome, Guid? sourceId) =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded, Step(outcome, sourceId), Step(outcome, sourceId))
            .When(Assess(ClaimStatus.Corroborated, InformationCredibility.ConfirmedByOtherSources))
            .ThenInvalid("credibility");

    [Fact]
    public void Supporting_sources_are_counted_once_each()
    {
        var state = IncidentDecider.Fold([
            Sample.IncidentRecorded,
            Sample.ClaimRecorded,
            Step(VerificationOutcome.Supports, Sample.SecondSourceId),
            Step(VerificationOutcome.Supports, Sample.SecondSourceId),
            Step(VerificationOutcome.Supports, Sample.SourceId),
            Step(VerificationOutcome.Contradicts, Sample.ThirdSourceId),
        ]);

        Assert.Equal([Sample.SourceId, Sample.SecondSourceId], state.Claims[Sample.ClaimId].SupportingSourceIds);
    }
}
