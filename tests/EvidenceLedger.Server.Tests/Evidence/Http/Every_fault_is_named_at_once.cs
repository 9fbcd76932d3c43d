using System.Net;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Evidence.Http;

/// <summary>
/// A body with several faults answers one 400 naming all of them in <c>errors</c>: the domain's rules, the values the
/// endpoint reads itself (coordinates, counts, credibility) and values of the wrong JSON type alike; nothing is appended.
/// </summary>
public sealed class Every_fault_is_named_at_once(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    [Fact]
    public async Task An_empty_title_a_bad_date_and_a_missing_place_name_are_named_together()
    {
        var documenter = await server.As(Role.Documenter);
        var before = await TotalAsync();

        var problem = await (await documenter.PostRaw("/api/incidents", """{"title":"","occurred":"the day after tomorrow","place":{"aliases":["x"]}}"""))
            .Expect(HttpStatusCode.BadRequest);

        Assert.Equal(["occurred", "place.name", "title"], Fields(problem));
        Assert.Equal(before, await TotalAsync());
    }

    [Fact]
    public async Task A_wrong_json_type_is_named_together_with_the_domains_rules()
    {
        var documenter = await server.As(Role.Documenter);
        var before = await TotalAsync();

        var problem = await (await documenter.PostRaw("/api/incidents",
                """{"title":"","summary":7,"occurred":"2015-13-45","place":{"name":"al-Bukamal","coordinates":{"latitude":"north","longitude":40.9}}}"""))
            .Expect(HttpStatusCode.BadRequest);

        Assert.Equal(["occurred", "place.coordinates.latitude", "summary", "title"], Fields(problem));
        Assert.Contains("must be a number", problem.GetProperty("errors").GetProperty("place.coordinates.latitude")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await TotalAsync());
    }

    [Fact]
    public async Task A_field_of_the_wrong_type_is_not_also_called_missing()
    {
        var documenter = await server.As(Role.Documenter);

        var problem = await (await documenter.PostRaw("/api/incidents", """{"title":["Gun battle"],"occurred":"2015-11-18","place":[]}"""))
            .Expect(HttpStatusCode.BadRequest);

        Assert.Equal(["place", "title"], Fields(problem));
        Assert.Single(problem.GetProperty("errors").GetProperty("title").EnumerateArray());
        Assert.Single(problem.GetProperty("errors").GetProperty("place").EnumerateArray());
    }

    [Fact]
    public async Task A_claims_bad_count_bad_credibility_and_empty_statement_are_named_together()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());

        var problem = await (await documenter.PostRaw($"/api/incidents/{incident}/claims",
                $$$"""{"statement":" ","sourceId":"{{{source}}}","category":5,"count":{"min":"many","subject":"killed"},"credibility":"sure"}"""))
            .Expect(HttpStatusCode.BadRequest);

        Assert.Equal(["category", "count.min", "credibility", "statement"], Fields(problem));
        Assert.Equal(1, await (await server.As(Role.Admin)).EventCount(incident));
    }

    [Fact]
    public async Task An_unregistered_source_is_named_beside_a_wrong_type()
    {
        var documenter = await server.As(Role.Documenter);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());

        var problem = await (await documenter.PostRaw($"/api/incidents/{incident}/claims",
                $$$"""{"statement":"Four killed","sourceId":"{{{Guid.NewGuid()}}}","credibility":{}}"""))
            .Expect(HttpStatusCode.BadRequest);

        Assert.Equal(["credibility", "sourceId"], Fields(problem));
        Assert.Equal(1, await (await server.As(Role.Admin)).EventCount(incident));
    }

    [Fact]
    public async Task An_assessments_bad_status_bad_credibility_and_missing_rationale_are_named_together()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());
        var claim = await documenter.RecordClaim(incident, DeirEzZor.GunBattleClaim(source));

        var problem = await (await documenter.PostRaw($"/api/incidents/{incident}/claims/{claim}/assessment",
                """{"status":"proven","credibility":[2],"rationale":""}"""))
            .Expect(HttpStatusCode.BadRequest);

        Assert.Equal(["credibility", "rationale", "status"], Fields(problem));
        Assert.Equal(2, await (await server.As(Role.Admin)).EventCount(incident));
    }

    [Fact]
    public async Task A_relocations_bad_coordinates_and_missing_reason_are_named_together()
    {
        var documenter = await server.As(Role.Documenter);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());

        var problem = await (await documenter.PostRaw($"/api/incidents/{incident}/place",
                """{"placeName":"","coordinates":{"latitude":34.4,"longitude":"east","precisionMetres":5}}"""))
            .Expect(HttpStatusCode.BadRequest);

        Assert.Equal(["coordinates.longitude", "placeName", "reason"], Fields(problem));
        Assert.Equal(1, await (await server.As(Role.Admin)).EventCount(incident));
    }

    private static string[] Fields(System.Text.Json.JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateObject().Select(member => member.Name).Order(StringComparer.Ordinal)];

    private async Task<int> TotalAsync() =>
        (await (await server.As(Role.Admin)).GetJson("/api/incidents?pageSize=1")).GetProperty("total").GetInt32();
}
