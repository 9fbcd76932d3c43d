using EvidenceLedger.Evidence.Dates;
using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Incidents.Dating;
using EvidenceLedger.Evidence.Tests.Support;

namespace EvidenceLedger.Evidence.Tests.Incidents.Dating;

public class RevisingIncidentOccurrenceTests
{
    [Fact]
    public void Re_dating_records_the_new_imprecise_date_and_reason() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(new ReviseIncidentOccurrence(Sample.IncidentId, "2015-11-16/2015-11-18", "Witnesses disagree on the day.", Sample.Now))
            .Then(new IncidentOccurrenceRevised(Sample.IncidentId, ImpreciseDate.Parse("2015-11-16/2015-11-18"), "Witnesses disagree on the day."));

    [Fact]
    public void Marking_the_same_day_approximate_is_a_change() =>
        Assert.True(Incident.Given(Sample.IncidentRecorded)
            .When(new ReviseIncidentOccurrence(Sample.IncidentId, "2015-11-18~", "Only one witness.", Sample.Now))
            .Decision.IsAccepted);

    [Fact]
    public void Re_dating_an_unrecorded_incident_is_not_found() =>
        Incident.Given()
            .When(new ReviseIncidentOccurrence(Sample.IncidentId, "2015-11", "Reason", Sample.Now))
            .ThenRejected(RejectionKind.NotFound, "incidentId");

    [Theory]
    [InlineData("2015-11-31")]
    [InlineData("2015-11-18 ")]
    [InlineData("2099")]
    public void Re_dating_to_an_invalid_or_future_date_is_rejected(string occurred) =>
        Incident.Given(Sample.IncidentRecorded)
            .When(new ReviseIncidentOccurrence(Sample.IncidentId, occurred, "Reason", Sample.Now))
            .ThenInvalid("occurred");

    [Fact]
    public void Re_dating_to_the_current_date_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(new ReviseIncidentOccurrence(Sample.IncidentId, "2015-11-18", "Reason", Sample.Now))
            .ThenInvalid("occurred");

    [Fact]
    public void Re_dating_without_a_reason_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(new ReviseIncidentOccurrence(Sample.IncidentId, "2015-11", "", Sample.Now))
            .ThenInvalid("reason");
}
