using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Incidents.Describing;
using EvidenceLedger.Evidence.Tests.Support;

namespace EvidenceLedger.Evidence.Tests.Incidents.Describing;

public class RevisingIncidentDescriptionTests
{
    [Fact]
    public void Revising_the_description_records_the_new_title_summary_and_reason() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(new ReviseIncidentDescription(Sample.IncidentId, " Strikes on al-Bukamal market ", " Two strikes, ten minutes apart. ", " Second strike confirmed. "))
            .Then(new IncidentDescriptionRevised(Sample.IncidentId, "Strikes on al-Bukamal market", "Two strikes, ten minutes apart.", "Second strike confirmed."));

    [Fact]
    public void Revising_an_unrecorded_incident_is_not_found() =>
        Incident.Given()
            .When(new ReviseIncidentDescription(Sample.IncidentId, "Title", "Summary", "Reason"))
            .ThenRejected(RejectionKind.NotFound, "incidentId");

    [Fact]
    public void Revising_to_an_empty_title_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(new ReviseIncidentDescription(Sample.IncidentId, "", "Summary", "Reason"))
            .ThenInvalid("title");

    [Fact]
    public void Revising_without_a_reason_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(new ReviseIncidentDescription(Sample.IncidentId, "New title", "Summary", " "))
            .ThenInvalid("reason");

    [Fact]
    public void A_revision_that_changes_nothing_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(new ReviseIncidentDescription(Sample.IncidentId, Sample.IncidentRecorded.Title, Sample.IncidentRecorded.Summary + " ", "Reason"))
            .ThenInvalid("title");
}
