using EvidenceLedger.Evidence.Claims.Retracting;
using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Tests.Support;

namespace EvidenceLedger.Evidence.Tests.Claims.Retracting;

public class RetractingClaimTests
{
    [Fact]
    public void Retracting_a_claim_records_why() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(new RetractClaim(Sample.IncidentId, Sample.ClaimId, " The source withdrew the report. "))
            .Then(new ClaimRetracted(Sample.IncidentId, Sample.ClaimId, "The source withdrew the report."));

    [Fact]
    public void Retracting_a_claim_on_an_unrecorded_incident_is_not_found() =>
        Incident.Given()
            .When(new RetractClaim(Sample.IncidentId, Sample.ClaimId, "Reason"))
            .ThenRejected(RejectionKind.NotFound, "incidentId");

    [Fact]
    public void Retracting_an_unknown_claim_is_not_found() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(new RetractClaim(Sample.IncidentId, Sample.ClaimId, "Reason"))
            .ThenRejected(RejectionKind.NotFound, "claimId");

    [Fact]
    public void Retracting_a_claim_twice_is_a_conflict() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded, new ClaimRetracted(Sample.IncidentId, Sample.ClaimId, "Withdrawn."))
            .When(new RetractClaim(Sample.IncidentId, Sample.ClaimId, "Withdrawn again."))
            .ThenRejected(RejectionKind.Conflict, "claimId");

    [Fact]
    public void Retracting_without_a_reason_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(new RetractClaim(Sample.IncidentId, Sample.ClaimId, ""))
            .ThenInvalid("reason");
}
