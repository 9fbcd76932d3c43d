using EvidenceLedger.Evidence.Claims.Dating;
using EvidenceLedger.Evidence.Claims.Retracting;
using EvidenceLedger.Evidence.Dates;
using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Tests.Support;

namespace EvidenceLedger.Evidence.Tests.Claims.Dating;

public class RevisingClaimOccurrenceTests
{
    private static ReviseClaimOccurrence Redate(string? occurred, string reason = "The report was re-read: the 18th, not the 8th.") =>
        new(Sample.IncidentId, Sample.ClaimId, occurred, reason, Sample.Now);

    [Fact]
    public void Re_dating_a_claim_records_the_date_in_plain_english_as_edtf_with_the_reason() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Redate("mid-November 2015"))
            .Then(new ClaimOccurrenceRevised(Sample.IncidentId, Sample.ClaimId, ImpreciseDate.Parse("2015-11-11/2015-11-20"), "The report was re-read: the 18th, not the 8th."));

    [Fact]
    public void The_new_date_is_what_the_claim_reads_afterwards()
    {
        var state = IncidentDecider.Fold([Sample.IncidentRecorded, Sample.ClaimRecorded,
            new ClaimOccurrenceRevised(Sample.IncidentId, Sample.ClaimId, ImpreciseDate.Parse("2015-11-18"), "Reason")]);

        Assert.Equal("2015-11-18", state.Claims[Sample.ClaimId].Occurred?.Edtf);
    }

    [Fact]
    public void A_blank_date_removes_the_claim_s_date() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded with { Occurred = ImpreciseDate.Parse("2015-11-08") })
            .When(Redate(" "))
            .Then(new ClaimOccurrenceRevised(Sample.IncidentId, Sample.ClaimId, null, "The report was re-read: the 18th, not the 8th."));

    [Theory]
    [InlineData("2015-11-08")]
    [InlineData(null)]
    public void Re_dating_to_the_date_it_already_has_is_rejected(string? occurred) =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded with { Occurred = occurred is null ? null : ImpreciseDate.Parse(occurred) })
            .When(Redate(occurred))
            .ThenInvalid("occurred");

    [Theory]
    [InlineData("the week after")]
    [InlineData("2099")]
    public void Re_dating_to_an_unreadable_or_future_date_is_rejected(string occurred) =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Redate(occurred))
            .ThenInvalid("occurred");

    [Fact]
    public void Re_dating_without_a_reason_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Redate("2015-11-18", reason: ""))
            .ThenInvalid("reason");

    [Fact]
    public void Re_dating_a_retracted_claim_is_a_conflict() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded, new ClaimRetracted(Sample.IncidentId, Sample.ClaimId, "Withdrawn by the source."))
            .When(Redate("2015-11-18"))
            .ThenRejected(RejectionKind.Conflict, "claimId");

    [Fact]
    public void Re_dating_an_unknown_claim_is_not_found() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(Redate("2015-11-18"))
            .ThenRejected(RejectionKind.NotFound, "claimId");
}
