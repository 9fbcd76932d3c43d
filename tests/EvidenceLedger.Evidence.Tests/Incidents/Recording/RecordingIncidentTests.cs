using EvidenceLedger.Evidence.Dates;
using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Incidents.Recording;
using EvidenceLedger.Evidence.Places;
using EvidenceLedger.Evidence.Tests.Support;
using NodaTime;

namespace EvidenceLedger.Evidence.Tests.Incidents.Recording;

public class RecordingIncidentTests
{
    private static RecordIncident Record(string occurred = "2015-11-18", Place? place = null, string title = "Air strike on al-Bukamal market", string? summary = "Strike on the central market at midday.") =>
        new(Sample.IncidentId, title, summary, occurred, place ?? Sample.Bukamal, Sample.Now);

    [Fact]
    public void Recording_an_incident_keeps_its_title_summary_date_and_place() =>
        Incident.Given()
            .When(Record(title: "  Air strike on al-Bukamal market ", place: new Place(" al-Bukamal ", [" البوكمال "], new Coordinates(34.4536, 40.9187, 2000))))
            .Then(new IncidentRecorded(
                Sample.IncidentId,
                "Air strike on al-Bukamal market",
                "Strike on the central market at midday.",
                ImpreciseDate.Parse("2015-11-18"),
                new Place("al-Bukamal", ["البوكمال"], new Coordinates(34.4536, 40.9187, 2000))));

    [Fact]
    public void An_incident_may_be_recorded_without_a_summary_or_coordinates() =>
        Incident.Given()
            .When(Record(summary: null, place: new Place("al-Bukamal", [], null)))
            .Then(new IncidentRecorded(Sample.IncidentId, "Air strike on al-Bukamal market", string.Empty, ImpreciseDate.Parse("2015-11-18"), new Place("al-Bukamal", [], null)));

    [Fact]
    public void Recording_an_incident_that_already_exists_is_a_conflict() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(Record())
            .ThenRejected(RejectionKind.Conflict, "incidentId");

    [Fact]
    public void Recording_an_incident_without_an_id_is_rejected() =>
        Incident.Given()
            .When(Record() with { IncidentId = Guid.Empty })
            .ThenInvalid("incidentId");

    [Fact]
    public void Recording_an_incident_without_a_title_is_rejected() =>
        Incident.Given()
            .When(Record(title: " "))
            .ThenInvalid("title");

    [Theory]
    [InlineData("2015-13", "month 13 does not exist")]
    [InlineData("2015-11-31", "November 2015 has 30 days")]
    [InlineData("2015-11-22/2015-11-16", "before it starts")]
    [InlineData("", "required")]
    public void Recording_an_incident_with_an_invalid_date_is_rejected_with_the_parser_s_reason(string occurred, string reason)
    {
        var rejection = Incident.Given().When(Record(occurred)).ThenInvalid("occurred");

        Assert.Contains(reason, rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Recording_an_incident_that_cannot_have_begun_yet_is_rejected() =>
        Incident.Given()
            .When(Record("2024-03-12"))
            .ThenInvalid("occurred");

    [Fact]
    public void An_incident_dated_today_somewhere_on_earth_is_accepted() =>
        Assert.True(Incident.Given()
            .When(Record("2024-03-11") with { RequestedAt = Instant.FromUtc(2024, 3, 10, 12, 0) })
            .Decision.IsAccepted);

    [Fact]
    public void An_incident_on_or_before_a_future_day_may_already_have_happened() =>
        Assert.True(Incident.Given().When(Record("../2030-01-01")).Decision.IsAccepted);

    [Fact]
    public void Recording_an_incident_without_a_place_is_rejected() =>
        Incident.Given()
            .When(Record() with { Place = null! })
            .ThenInvalid("place");

    public static TheoryData<Place, string> InvalidPlaces => new()
    {
        { new Place(" ", [], null), "place.name" },
        { new Place("--", [], null), "place.name" },
        { new Place("al-Bukamal", [" "], null), "place.aliases[0]" },
        { new Place("al-Bukamal", ["Albu Kamal", "albu kamal"], null), "place.aliases[1]" },
        { new Place("al-Bukamal", ["AL-BUKAMAL"], null), "place.aliases[0]" },
        { new Place("al-Bukamal", [], new Coordinates(91, 40.9, 100)), "place.coordinates.latitude" },
        { new Place("al-Bukamal", [], new Coordinates(double.NaN, 40.9, 100)), "place.coordinates.latitude" },
        { new Place("al-Bukamal", [], new Coordinates(34.4, -180.5, 100)), "place.coordinates.longitude" },
        { new Place("al-Bukamal", [], new Coordinates(34.4, 40.9, 0)), "place.coordinates.precisionMetres" },
        { new Place("al-Bukamal", [], new Coordinates(34.4, 40.9, double.PositiveInfinity)), "place.coordinates.precisionMetres" },
    };

    [Theory]
    [MemberData(nameof(InvalidPlaces))]
    public void Recording_an_incident_at_an_invalid_place_names_the_field_at_fault(Place place, string field) =>
        Incident.Given()
            .When(Record(place: place))
            .ThenInvalid(field);
}
