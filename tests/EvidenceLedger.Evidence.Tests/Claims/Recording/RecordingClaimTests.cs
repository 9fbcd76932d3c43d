using EvidenceLedger.Evidence.Claims.Recording;
using EvidenceLedger.Evidence.Counts;
using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Tests.Support;

namespace EvidenceLedger.Evidence.Tests.Claims.Recording;

public class RecordingClaimTests
{
    private static RecordClaim Record(CountRange? count = null, InformationCredibility credibility = InformationCredibility.PossiblyTrue, string statement = Sample.Statement, string? category = "casualties") =>
        new(Sample.IncidentId, Sample.ClaimId, statement, Sample.SourceId, category, count ?? new CountRange(31, null, "people killed"), credibility);

    [Fact]
    public void Recording_a_claim_attributes_it_to_its_source_with_its_count_and_credibility() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(Record(count: CountRange.Parse("more than 30 people killed"), statement: $"  {Sample.Statement} "))
            .Then(Sample.ClaimRecorded with { Count = Sample.ClaimRecorded.Count! with { AsReported = "more than 30 people killed" } });

    [Fact]
    public void Recording_a_claim_keeps_its_count_phrase_exactly_as_reported_beside_the_range() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(Record(count: CountRange.Parse("about 40 people killed ")))
            .Then(Sample.ClaimRecorded with { Count = new CountRange(40, 40, "people killed", Approximate: true, AsReported: "about 40 people killed ") });

    [Fact]
    public void A_claim_may_have_no_category_and_no_count() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(Record(category: " ") with { Count = null })
            .Then(Sample.ClaimRecorded with { Category = null, Count = null });

    [Fact]
    public void Recording_a_claim_on_an_unrecorded_incident_is_not_found() =>
        Incident.Given()
            .When(Record())
            .ThenRejected(RejectionKind.NotFound, "incidentId");

    [Fact]
    public void Recording_a_claim_under_an_id_already_used_is_a_conflict() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Record(statement: "Another statement"))
            .ThenRejected(RejectionKind.Conflict, "claimId");

    [Fact]
    public void Recording_a_claim_without_an_id_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(Record() with { ClaimId = Guid.Empty })
            .ThenInvalid("claimId");

    [Fact]
    public void Recording_a_claim_without_a_statement_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(Record(statement: "  "))
            .ThenInvalid("statement");

    [Fact]
    public void Recording_a_claim_without_a_source_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(Record() with { SourceId = Guid.Empty })
            .ThenInvalid("sourceId");

    public static TheoryData<CountRange, string> InvalidCounts => new()
    {
        { new CountRange(null, null, "killed"), "count" },
        { new CountRange(-1, 5, "killed"), "count.min" },
        { new CountRange(null, -3, "killed"), "count.max" },
        { new CountRange(40, 30, "killed"), "count.max" },
        { new CountRange(4, 4, null), "count.subject" },
        { new CountRange(4, 4, " "), "count.subject" },
    };

    [Theory]
    [MemberData(nameof(InvalidCounts))]
    public void Recording_a_claim_with_an_impossible_count_names_the_field_at_fault(CountRange count, string field) =>
        Incident.Given(Sample.IncidentRecorded)
            .When(Record(count: count))
            .ThenInvalid(field);

    [Fact]
    public void Recording_a_claim_with_an_unknown_credibility_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(Record(credibility: (InformationCredibility)0))
            .ThenInvalid("credibility");

    [Fact]
    public void A_new_claim_cannot_be_graded_confirmed_by_other_sources() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(Record(credibility: InformationCredibility.ConfirmedByOtherSources))
            .ThenInvalid("credibility");
}
