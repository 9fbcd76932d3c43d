using System.Net;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Evidence.Http;

/// <summary>A member of a request body that no field takes (a misspelt "sumary") is a 400 naming its JSON path, and nothing is recorded.</summary>
public sealed class Unknown_members_are_refused(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    [Theory]
    [InlineData("""{"title":"t","sumary":"s","occurred":"2015-11-18","place":{"name":"al-Bukamal"}}""", "sumary")]
    [InlineData("""{"title":"t","occurred":"2015-11-18","place":{"name":"al-Bukamal","nmae":"x"}}""", "place.nmae")]
    [InlineData("""{"title":"t","occurred":"2015-11-18","place":{"name":"al-Bukamal","coordinates":{"latitude":34,"longitude":40,"precisionMetres":10,"altitude":3}}}""",
        "place.coordinates.altitude")]
    [InlineData("""{"title":"t","occurred":"2015-11-18","place":{"name":"al-Bukamal"},"":1}""", "")]
    public async Task An_unknown_member_of_an_incident_is_named_by_its_path(string body, string path)
    {
        var documenter = await server.As(Role.Documenter);
        var before = await TotalAsync();

        var problem = await (await documenter.PostRaw("/api/incidents", body)).Expect(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(path, out var errors), problem.ToString());
        Assert.Contains("is not a field of this request", errors[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await TotalAsync());
    }

    [Fact]
    public async Task Every_unknown_member_is_named_at_once()
    {
        var documenter = await server.As(Role.Documenter);

        var problem = await (await documenter.PostRaw("/api/incidents",
            """{"title":"t","sumary":"s","ocurred":"2015","place":{"name":"al-Bukamal","aliases":["x"],"alias":"y"}}""")).Expect(HttpStatusCode.BadRequest);

        var named = problem.GetProperty("errors").EnumerateObject().Select(member => member.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["ocurred", "place.alias", "sumary"], named);
    }

    [Fact]
    public async Task Members_are_matched_as_the_API_reads_them_whatever_their_case()
    {
        var documenter = await server.As(Role.Documenter);

        await (await documenter.PostRaw("/api/incidents", """{"Title":"t","OCCURRED":"2015-11-18","place":{"Name":"al-Bukamal"}}""")).Expect(HttpStatusCode.Created);
    }

    [Fact]
    public async Task An_unknown_member_of_a_count_is_named()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());

        var problem = await (await documenter.PostRaw($"/api/incidents/{incident}/claims",
            $$$"""{"statement":"Four killed","sourceId":"{{{source}}}","count":{"minimum":4,"subject":"killed"}}""")).Expect(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("count.minimum", out _), problem.ToString());
        Assert.Equal(1, await (await server.As(Role.Admin)).EventCount(incident));
    }

    [Theory]
    [InlineData("/api/users", """{"name":"newcomer","role":"documenter","rol":"admin"}""", "rol")]
    [InlineData("/api/users/{user}/tokens", """{"expiresAt":null,"why":"lost"}""", "why")]
    [InlineData("/api/users/{user}/revoke", """{"reasons":"left"}""", "reasons")]
    [InlineData("/api/users/{user}/role", """{"role":"auditor","reason":"moved","extra":[1]}""", "extra")]
    [InlineData("/api/ledger/verify", """{"savedCheckpoint":null,"since":"x"}""", "since")]
    public async Task Unknown_members_are_refused_on_the_other_routes_too(string route, string body, string path)
    {
        var admin = await server.As(Role.Admin);
        var user = await server.RegisterAsync(Role.Documenter);

        var problem = await (await admin.PostRaw(route.Replace("{user}", user.Id.ToString(), StringComparison.Ordinal), body)).Expect(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(path, out _), problem.ToString());
    }

    [Theory]
    [InlineData("/api/users/{user}/tokens")]
    [InlineData("/api/users/{user}/revoke")]
    [InlineData("/api/ledger/verify")]
    public async Task Routes_whose_body_is_optional_still_take_none(string route)
    {
        var admin = await server.As(Role.Admin);
        var user = await server.RegisterAsync(Role.Documenter);

        var response = await admin.PostAsync(route.Replace("{user}", user.Id.ToString(), StringComparison.Ordinal), null);

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<int> TotalAsync() =>
        (await (await server.As(Role.Admin)).GetJson("/api/incidents?pageSize=1")).GetProperty("total").GetInt32();
}
