using System.Net;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Evidence.Incidents;

public sealed class Searching_incidents(EvidenceServer server) : IClassFixture<EvidenceServer>, IAsyncLifetime
{
    private Guid _gunBattle;
    private Guid _losses;
    private Guid _mayadeen;

    public async Task InitializeAsync()
    {
        if (_gunBattle != Guid.Empty) return;
        var documenter = await server.As(Role.Documenter);
        _gunBattle = await documenter.RecordIncident(DeirEzZor.GunBattle());
        _losses = await documenter.RecordIncident(DeirEzZor.TwoWeeksOfLosses);
        _mayadeen = await documenter.RecordIncident(DeirEzZor.MayadeenArrests);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<List<Guid>> Found(string query) =>
        (await (await server.As(Role.Legal)).GetJson("/api/incidents" + query)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

    [Theory]
    [InlineData("al-Bukamal")]
    [InlineData("Abu Kamal")]
    [InlineData("Albu Kamal")]
    [InlineData("Al-Bokamel")]
    [InlineData("al-Boukamal")]
    [InlineData("البوكمال")]
    public async Task Any_spelling_of_the_place_finds_the_incident_placed_at_al_Bukamal(string spelling)
    {
        var found = await Found("?place=" + Uri.EscapeDataString(spelling));

        Assert.Contains(_gunBattle, found);
        Assert.DoesNotContain(_mayadeen, found);
    }

    [Fact]
    public async Task Mayadeen_does_not_find_the_al_Bukamal_incident_but_finds_its_own()
    {
        var found = await Found("?place=Mayadeen");

        Assert.DoesNotContain(_gunBattle, found);
        Assert.Contains(_mayadeen, found);
    }

    [Fact]
    public async Task An_alias_spelling_finds_the_incident_by_its_aliases()
    {
        Assert.Contains(_losses, await Found("?place=" + Uri.EscapeDataString("Dayr az-Zawr")));
        Assert.Contains(_losses, await Found("?place=" + Uri.EscapeDataString("Dier Ezzor")));
    }

    [Fact]
    public async Task A_place_alias_added_later_is_kept_and_shown()
    {
        var documenter = await server.As(Role.Documenter);
        var id = await documenter.RecordIncident(new { title = "Internet cut in al-Bukamal", occurred = "2015", place = new { name = "al-Bukamal" } });

        var response = await documenter.PostJson($"/api/incidents/{id}/place/aliases", new { alias = "Albu Kamal" });

        await response.Expect(HttpStatusCode.OK);
        Assert.Equal("\"2\"", response.ETag());
        Assert.Equal(["Albu Kamal"], (await documenter.Incident(id)).GetProperty("place").GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        await (await documenter.PostJson($"/api/incidents/{id}/place/aliases", new { alias = "albu kamal" })).Expect(HttpStatusCode.Conflict);
        Assert.Equal(2, await (await server.As(Role.Admin)).EventCount(id));
    }

    [Theory]
    [InlineData("?q=gun%20BATTLE", true, false, false)]
    [InlineData("?q=gunmen%20flag", true, false, false)]
    [InlineData("?q=arrests", false, false, true)]
    [InlineData("?occurredFrom=2015-11-19", false, true, true)]
    [InlineData("?occurredTo=2015-11-10", false, false, true)]
    [InlineData("?occurredFrom=2015-11-18&occurredTo=2015-11-18", true, true, true)]
    [InlineData("?occurredFrom=2015-12-01", false, false, false)]
    [InlineData("?q=IS&place=Abu%20Kamal&occurredFrom=2015-11-01&occurredTo=2015-11-30", true, false, false)]
    public async Task Text_and_occurrence_range_filter_together(string query, bool gunBattle, bool losses, bool mayadeen)
    {
        var found = await Found(query);

        Assert.Equal(gunBattle, found.Contains(_gunBattle));
        Assert.Equal(losses, found.Contains(_losses));
        Assert.Equal(mayadeen, found.Contains(_mayadeen));
    }

    [Fact]
    public async Task The_status_filter_finds_incidents_with_a_standing_claim_of_that_status()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle("Flag of the revolution raised above a school in al-Bukamal"));
        var claim = await documenter.RecordClaim(incident, new { statement = "A group of youths raised the flag of the revolution above one of the schools", sourceId = source, credibility = 2 });
        Assert.Contains(incident, await Found("?status=unverified"));
        Assert.DoesNotContain(incident, await Found("?status=corroborated"));

        await (await documenter.PostJson($"/api/incidents/{incident}/claims/{claim}/assessment", new { status = "corroborated", credibility = 2, rationale = "Seen in two videos" }))
            .Expect(HttpStatusCode.OK);

        Assert.Contains(incident, await Found("?status=corroborated"));
        Assert.DoesNotContain(incident, await Found("?status=unverified"));
    }

    [Fact]
    public async Task Results_come_newest_first_in_pages_with_the_total()
    {
        var page = await (await server.As(Role.Legal)).GetJson("/api/incidents?q=al-&pageSize=1&offset=1");

        Assert.True(page.GetProperty("total").GetInt32() >= 2);
        Assert.Equal(1, page.GetProperty("pageSize").GetInt32());
        Assert.Single(page.GetProperty("items").EnumerateArray());
        var all = await Found("");
        Assert.True(all.IndexOf(_mayadeen) < all.IndexOf(_gunBattle), "Newest recorded first.");
    }

    [Theory]
    [InlineData("?occurredFrom=18-11-2015", "occurredFrom")]
    [InlineData("?occurredTo=2015-13-01", "occurredTo")]
    [InlineData("?occurredFrom=2015-12-01&occurredTo=2015-11-01", "occurredTo")]
    [InlineData("?status=verified", "status")]
    [InlineData("?place=%20", "place")]
    [InlineData("?pageSize=0", "pageSize")]
    [InlineData("?offset=-1", "offset")]
    public async Task A_bad_filter_is_a_400_naming_it(string query, string field)
    {
        var problem = await (await (await server.As(Role.Legal)).GetAsync("/api/incidents" + query)).Expect(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"The problem should name '{field}': {problem}");
    }
}
