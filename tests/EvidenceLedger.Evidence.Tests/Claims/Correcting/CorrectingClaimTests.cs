using EvidenceLedger.Evidence.Claims.Correcting;
using EvidenceLedger.Evidence.Claims.Retracting;
using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Tests.Support;

namespace EvidenceLedger.Evidence.Tests.Claims.Correcting;

public class CorrectingClaimTests
{
    private const string Corrected = "An air strike hit the main market, killing at least 34 people.";

    [Fact]
    public void Correcting_a_claim_replaces_its_statement_and_keeps_the_reason() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(new CorrectClaim(Sample.IncidentId, Sample.ClaimId, $" {Corrected} ", " Hospital records list 34 names. "))
            .Then(new ClaimCorrected(Sample.IncidentId, Sample.ClaimId, Corrected, "Hospital records list 34 names."));

    [Fact]
    public void Correcting_a_claim_on_an_unrecorded_incident_is_not_found() =>
        Incident.Given()
            .When(new CorrectClaim(Sample.IncidentId, Sample.ClaimId, Corrected, "Reason"))
            .ThenRejected(RejectionKind.NotFound, "incidentId");

    [Fact]
    public void Correcting_an_unknown_claim_is_not_found()
    {
        var rejection = Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(new CorrectClaim(Sample.IncidentId, Sample.OtherClaimId, Corrected, "Reason"))
            .ThenRejected(RejectionKind.NotFound, "claimId");

        Assert.True(rejection.IsNotFound);
    }

    [Fact]
    public void Correcting_a_retracted_claim_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded, new ClaimRetracted(Sample.IncidentId, Sample.ClaimId, "Fabricated."))
            .When(new CorrectClaim(Sample.IncidentId, Sample.ClaimId, Corrected, "Reason"))
            .ThenRejected(RejectionKind.Conflict, "claimId");

    [Theory]
    [InlineData(Sample.Statement)]
    [InlineData($"  {Sample.Statement}  ")]
    public void A_correction_identical_to_the_current_statement_is_rejected(string statement) =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(new CorrectClaim(Sample.IncidentId, Sample.ClaimId, statement, "Reason"))
            .ThenInvalid("statement");

    [Fact]
    public void A_correction_identical_to_the_latest_correction_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded, new ClaimCorrected(Sample.IncidentId, Sample.ClaimId, Corrected, "Records."))
            .When(new CorrectClaim(Sample.IncidentId, Sample.ClaimId, Corrected, "Again"))
            .ThenInvalid("statement");

    [Fact]
    public void Correcting_back_to_an_earlier_wording_is_allowed() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded, new ClaimCorrected(Sample.IncidentId, Sample.ClaimId, Corrected, "Records."))
            .When(new CorrectClaim(Sample.IncidentId, Sample.ClaimId, Sample.Statement, "The records were for another strike."))
            .Then(new ClaimCorrected(Sample.IncidentId, Sample.ClaimId, Sample.Statement, "The records were for another strike."));

    [Fact]
    public void Correcting_to_an_empty_statement_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(new CorrectClaim(Sample.IncidentId, Sample.ClaimId, "", "Reason"))
            .ThenInvalid("statement");

    [Fact]
    public void Correcting_without_a_reason_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(new CorrectClaim(Sample.IncidentId, Sample.ClaimId, Corrected, "  "))
            .ThenInvalid("reason");
}
