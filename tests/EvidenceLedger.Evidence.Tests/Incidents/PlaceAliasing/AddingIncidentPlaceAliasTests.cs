using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Incidents.PlaceAliasing;
using EvidenceLedger.Evidence.Tests.Support;

namespace EvidenceLedger.Evidence.Tests.Incidents.PlaceAliasing;

public class AddingIncidentPlaceAliasTests
{
    [Theory]
    [InlineData(" البوكمال ", "البوكمال")]
    [InlineData("Albu Kamal", "Albu Kamal")]
    [InlineData("Al-Bukamel", "Al-Bukamel")]
    public void Adding_another_spelling_of_the_place_records_it(string alias, string recorded) =>
        Incident.Given(Sample.IncidentRecorded)
            .When(new AddIncidentPlaceAlias(Sample.IncidentId, alias))
            .Then(new IncidentPlaceAliasAdded(Sample.IncidentId, recorded));

    [Fact]
    public void Adding_an_alias_to_an_unrecorded_incident_is_not_found() =>
        Incident.Given()
            .When(new AddIncidentPlaceAlias(Sample.IncidentId, "Albu Kamal"))
            .ThenRejected(RejectionKind.NotFound, "incidentId");

    [Theory]
    [InlineData("")]
    [InlineData(" - ")]
    public void Adding_an_alias_without_letters_is_rejected(string alias) =>
        Incident.Given(Sample.IncidentRecorded)
            .When(new AddIncidentPlaceAlias(Sample.IncidentId, alias))
            .ThenInvalid("alias");

    [Fact]
    public void Adding_the_place_s_own_name_as_an_alias_is_a_conflict() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(new AddIncidentPlaceAlias(Sample.IncidentId, "AL-BUKAMAL"))
            .ThenRejected(RejectionKind.Conflict, "alias");

    [Fact]
    public void Adding_an_alias_twice_is_a_conflict() =>
        Incident.Given(Sample.IncidentRecorded, new IncidentPlaceAliasAdded(Sample.IncidentId, "Albu Kamal"))
            .When(new AddIncidentPlaceAlias(Sample.IncidentId, "Albu Kamal "))
            .ThenRejected(RejectionKind.Conflict, "alias");
}
