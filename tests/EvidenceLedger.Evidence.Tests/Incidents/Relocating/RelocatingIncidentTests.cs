using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Incidents.PlaceAliasing;
using EvidenceLedger.Evidence.Incidents.Relocating;
using EvidenceLedger.Evidence.Places;
using EvidenceLedger.Evidence.Tests.Support;

namespace EvidenceLedger.Evidence.Tests.Incidents.Relocating;

public class RelocatingIncidentTests
{
    private static readonly Coordinates Hamdan = new(34.4512, 40.9301, 50);

    [Fact]
    public void Relocating_records_the_new_place_name_coordinates_and_reason() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(new RelocateIncident(Sample.IncidentId, " al-Bukamal, Hamdan district ", Hamdan, " Geolocated from footage. "))
            .Then(new IncidentRelocated(Sample.IncidentId, "al-Bukamal, Hamdan district", Hamdan, "Geolocated from footage."));

    [Fact]
    public void Refining_only_the_coordinates_is_a_relocation() =>
        Assert.True(Incident.Given(Sample.IncidentRecorded)
            .When(new RelocateIncident(Sample.IncidentId, "al-Bukamal", Hamdan, "Geolocated from footage."))
            .Decision.IsAccepted);

    [Fact]
    public void Relocating_an_unrecorded_incident_is_not_found() =>
        Incident.Given()
            .When(new RelocateIncident(Sample.IncidentId, "al-Bukamal", null, "Reason"))
            .ThenRejected(RejectionKind.NotFound, "incidentId");

    [Fact]
    public void Relocating_to_a_blank_place_name_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(new RelocateIncident(Sample.IncidentId, " ", Hamdan, "Reason"))
            .ThenInvalid("placeName");

    [Fact]
    public void Relocating_to_impossible_coordinates_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(new RelocateIncident(Sample.IncidentId, "al-Bukamal", new Coordinates(-95, 40.9, 50), "Reason"))
            .ThenInvalid("coordinates.latitude");

    [Fact]
    public void Relocating_without_a_reason_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(new RelocateIncident(Sample.IncidentId, "al-Bukamal", Hamdan, ""))
            .ThenInvalid("reason");

    [Fact]
    public void Relocating_to_where_the_incident_already_is_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(new RelocateIncident(Sample.IncidentId, "al-Bukamal", Sample.Bukamal.Coordinates, "Reason"))
            .ThenInvalid("placeName");

    [Fact]
    public void Aliases_survive_a_relocation() =>
        Incident.Given(
                Sample.IncidentRecorded,
                new IncidentPlaceAliasAdded(Sample.IncidentId, "Albu Kamal"),
                new IncidentRelocated(Sample.IncidentId, "al-Bukamal, Hamdan district", Hamdan, "Geolocated."))
            .When(new AddIncidentPlaceAlias(Sample.IncidentId, "albu kamal"))
            .ThenRejected(RejectionKind.Conflict, "alias");
}
