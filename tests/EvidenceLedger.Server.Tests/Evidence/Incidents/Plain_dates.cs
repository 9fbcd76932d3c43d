using System.Net;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Evidence.Incidents;

public sealed class Plain_dates(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    private static object Incident(string occurred) => new { title = "Gun battle in al-Bukamal", occurred, place = new { name = "al-Bukamal" } };

    [Theory]
    [InlineData("spring 2015", "2015-21", "spring 2015 (March to May 2015)")]
    [InlineData("November 2015", "2015-11", "November 2015")]
    [InlineData("mid-November 2015", "2015-11-11/2015-11-20", "11–20 November 2015")]
    [InlineData("18 Nov 2015", "2015-11-18", "18 November 2015")]
    [InlineData("18/11/2015", "2015-11-18", "18 November 2015")]
    [InlineData("before 20 November 2015", "../2015-11-19", "on or before 19 November 2015")]
    [InlineData("around 2015", "2015~", "about 2015")]
    [InlineData("2015?", "2015?", "2015 (uncertain)")]
    [InlineData("16–22 November 2015", "2015-11-16/2015-11-22", "16–22 November 2015")]
    [InlineData("16-22 November 2015", "2015-11-16/2015-11-22", "16–22 November 2015")]
    [InlineData("2015-11-18~", "2015-11-18~", "about 18 November 2015")]
    public async Task An_incident_dated_in_plain_english_is_stored_as_edtf_and_answered_with_its_reading(string given, string edtf, string reading)
    {
        var documenter = await server.As(Role.Documenter);

        var id = await documenter.RecordIncident(Incident(given));

        var incident = await documenter.Incident(id);
        Assert.Equal(edtf, incident.Str("occurred"));
        Assert.Equal(reading, incident.Str("occurredReading"));
        var recorded = (await (await server.As(Role.Admin)).History(id)).Single(e => e.Str("type") == "incident_recorded");
        Assert.Equal(edtf, recorded.GetProperty("data").Str("occurred"));
    }

    [Fact]
    public async Task Revising_the_occurrence_takes_plain_english_too()
    {
        var documenter = await server.As(Role.Documenter);
        var id = await documenter.RecordIncident(Incident("2015"));

        await (await documenter.PostJson($"/api/incidents/{id}/occurrence", new { occurred = "late November 2015", reason = "The interview dates it" }))
            .Expect(HttpStatusCode.OK);

        var incident = await documenter.Incident(id);
        Assert.Equal("2015-11-21/2015-11-30", incident.Str("occurred"));
        Assert.Equal("21–30 November 2015", incident.Str("occurredReading"));
    }

    [Fact]
    public async Task An_unreadable_date_is_a_400_listing_the_forms_that_work_and_appends_nothing()
    {
        var documenter = await server.As(Role.Documenter);

        var problem = await (await documenter.PostJson("/api/incidents", Incident("the Wednesday before last"))).Expect(HttpStatusCode.BadRequest);

        var message = problem.GetProperty("errors").GetProperty("occurred")[0].GetString()!;
        Assert.Contains("spring 2015", message, StringComparison.Ordinal);
        Assert.Contains("18/11/2015", message, StringComparison.Ordinal);
        Assert.Contains("day first", message, StringComparison.Ordinal);
        Assert.Contains("16–22 November 2015", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_answers_each_incident_s_reading_beside_its_edtf()
    {
        var documenter = await server.As(Role.Documenter);
        var id = await documenter.RecordIncident(Incident("spring 2015"));

        var items = (await documenter.GetJson("/api/incidents?pageSize=1000")).GetProperty("items").EnumerateArray();

        var item = items.Single(i => i.GetProperty("id").GetGuid() == id);
        Assert.Equal("2015-21", item.Str("occurred"));
        Assert.Equal("spring 2015 (March to May 2015)", item.Str("occurredReading"));
    }

    [Fact]
    public async Task A_date_filter_says_which_incidents_matched_only_because_their_range_overlaps()
    {
        var documenter = await server.As(Role.Documenter);
        var onTheDay = await documenter.RecordIncident(Incident("18 November 2015"));
        var sometimeThatYear = await documenter.RecordIncident(Incident("2015"));
        var onOrBefore = await documenter.RecordIncident(Incident("before 20 November 2015"));
        var later = await documenter.RecordIncident(Incident("December 2015"));

        var items = (await documenter.GetJson("/api/incidents?pageSize=1000&occurredFrom=2015-11-01&occurredTo=2015-11-30"))
            .GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetGuid(), i => i.GetProperty("matchedByOverlap").GetBoolean());

        Assert.False(items[onTheDay]);
        Assert.True(items[sometimeThatYear]);
        Assert.True(items[onOrBefore]);
        Assert.DoesNotContain(later, items.Keys);
    }

    [Fact]
    public async Task Without_a_date_filter_nothing_is_said_to_match_by_overlap()
    {
        var documenter = await server.As(Role.Documenter);
        var id = await documenter.RecordIncident(Incident("2015"));

        var item = (await documenter.GetJson("/api/incidents?pageSize=1000")).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id);

        Assert.False(item.GetProperty("matchedByOverlap").GetBoolean());
    }

    [Theory]
    [InlineData("25 November 2015", "2015-11-25", "25 November 2015")]
    [InlineData("25/11/2015", "2015-11-25", "25 November 2015")]
    [InlineData("November 2015", "2015-11", "November 2015")]
    [InlineData("2015?", "2015?", "2015 (uncertain)")]
    [InlineData("2015-11-25", "2015-11-25", "25 November 2015")]
    public async Task A_citation_s_publication_date_may_be_as_imprecise_as_is_known(string given, string edtf, string reading)
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SoundAndPicture);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());
        var claim = await documenter.RecordClaim(incident, DeirEzZor.GunBattleClaim(source));

        await (await documenter.PostJson($"/api/incidents/{incident}/claims/{claim}/citations",
            new { title = "Sound and Picture exclusive", url = "https://sound-and-picture.com/en/?p=899", publishedOn = given, excerpt = "four IS members" }))
            .Expect(HttpStatusCode.Created);

        var citation = (await documenter.Claim(incident, claim)).GetProperty("citations")[0];
        Assert.Equal(edtf, citation.Str("publishedOn"));
        Assert.Equal(reading, citation.Str("publishedOnReading"));
    }
}
