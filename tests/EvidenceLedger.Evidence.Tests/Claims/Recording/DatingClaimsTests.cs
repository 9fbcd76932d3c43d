using System.Text.Json;
using EvidenceLedger.Evidence.Claims.Recording;
using EvidenceLedger.Evidence.Counts;
using EvidenceLedger.Evidence.Dates;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Tests.Support;

namespace EvidenceLedger.Evidence.Tests.Claims.Recording;

public class DatingClaimsTests
{
    private static RecordClaim Record(string? occurred, string statement = Sample.Statement) =>
        new(Sample.IncidentId, Sample.ClaimId, statement, Sample.SourceId, "casualties", new CountRange(31, null, "people killed"),
            InformationCredibility.PossiblyTrue, occurred, Sample.Now);

    [Theory]
    [InlineData("mid-November 2015", "2015-11-11/2015-11-20")]
    [InlineData("18/11/2015", "2015-11-18")]
    [InlineData("2015-11-16/2015-11-22", "2015-11-16/2015-11-22")]
    [InlineData("spring 2015", "2015-21")]
    public void A_claim_keeps_the_date_its_source_gives_as_edtf(string given, string edtf) =>
        Incident.Given(Sample.IncidentRecorded)
            .When(Record(given))
            .Then(Sample.ClaimRecorded with { Occurred = ImpreciseDate.Parse(edtf) });

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void A_claim_given_no_date_records_none(string? occurred) =>
        Incident.Given(Sample.IncidentRecorded)
            .When(Record(occurred))
            .Then(Sample.ClaimRecorded);

    [Fact]
    public void A_claim_date_that_cannot_be_read_is_refused_with_the_forms_that_work()
    {
        var rejection = Incident.Given(Sample.IncidentRecorded).When(Record("the week after the strike")).ThenInvalid("occurred");

        Assert.Contains("Forms that work", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_claim_date_that_begins_after_the_day_of_the_request_is_refused() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(Record("2030"))
            .ThenInvalid("occurred");

    [Fact]
    public void A_bad_claim_date_is_named_together_with_the_other_fields_at_fault()
    {
        var rejection = Incident.Given(Sample.IncidentRecorded).When(Record("sometime", statement: " ")).ThenInvalid("statement");

        Assert.Contains(rejection.All, problem => problem.Field == "occurred");
    }

    [Fact]
    public void A_claim_recorded_before_claims_had_dates_still_reads_without_one()
    {
        var stored = JsonSerializer.Serialize(Sample.ClaimRecorded, Json.Web).Replace(",\"occurred\":null", "", StringComparison.Ordinal);

        Assert.DoesNotContain("occurred", stored, StringComparison.Ordinal);
        Assert.Equal(Sample.ClaimRecorded, JsonSerializer.Deserialize<ClaimRecorded>(stored, Json.Web));
    }
}
