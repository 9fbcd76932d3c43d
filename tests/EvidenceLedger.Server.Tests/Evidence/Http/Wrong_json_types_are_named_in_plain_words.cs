using System.Net;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Evidence.Http;

/// <summary>
/// A value of the wrong JSON type is a 400 keyed by its JSON path that says what the field takes in plain words — never
/// the serializer's terms (token types, CLR type names) — and nothing is appended.
/// </summary>
public sealed class Wrong_json_types_are_named_in_plain_words(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    [Theory]
    [InlineData("""{"title":3,"occurred":"2015-11-18","place":{"name":"al-Bukamal"}}""", "title", "must be a string")]
    [InlineData("""{"title":"t","occurred":"2015-11-18","place":[]}""", "place", "must be an object with name, aliases and coordinates")]
    [InlineData("""{"title":"t","occurred":"2015-11-18","place":"al-Bukamal"}""", "place", "must be an object with name")]
    [InlineData("""{"title":"t","occurred":"2015-11-18","place":{"name":"al-Bukamal","coordinates":{"latitude":"north","longitude":40.9,"precisionMetres":10}}}""",
        "place.coordinates.latitude", "must be a number")]
    [InlineData("""{"title":"t","occurred":"2015-11-18","place":{"name":"al-Bukamal","aliases":"Abu Kamal"}}""", "place.aliases", "must be an array of strings")]
    [InlineData("""{"title":"t","occurred":"2015-11-18","place":{"name":"al-Bukamal","aliases":["Abu Kamal",7]}}""", "place.aliases[1]", "must be a string")]
    [InlineData("""{"id":"not-an-id","title":"t","occurred":"2015-11-18","place":{"name":"al-Bukamal"}}""", "id", "must be an id")]
    [InlineData("""{"id":12,"title":"t","occurred":"2015-11-18","place":{"name":"al-Bukamal"}}""", "id", "must be an id")]
    [InlineData("""{"title":"t","occurred":true,"place":{"name":"al-Bukamal"}}""", "occurred", "must be a string")]
    public async Task A_wrong_type_in_an_incident_is_named_by_its_path_in_plain_words(string body, string path, string expected)
    {
        var documenter = await server.As(Role.Documenter);
        var before = await TotalAsync();

        var problem = await (await documenter.PostRaw("/api/incidents", body)).Expect(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(path, out var errors), problem.ToString());
        Assert.Contains(expected, errors[0].GetString(), StringComparison.Ordinal);
        AssertPlain(problem.ToString());
        Assert.Equal(before, await TotalAsync());
    }

    [Theory]
    [InlineData("""{"statement":"Four killed","sourceId":"{source}","credibility":[3]}""", "credibility", "Admiralty credibility digit 1–6")]
    [InlineData("""{"statement":"Four killed","sourceId":"{source}","count":{"min":"x","subject":"killed"}}""", "count.min", "must be a whole number")]
    [InlineData("""{"statement":"Four killed","sourceId":"{source}","count":[4]}""", "count", "A count is an object")]
    [InlineData("""{"statement":42,"sourceId":"{source}"}""", "statement", "must be a string")]
    [InlineData("""{"statement":"Four killed","sourceId":{"id":"{source}"}}""", "sourceId", "must be an id")]
    public async Task A_wrong_type_in_a_claim_is_named_by_its_path_in_plain_words(string body, string path, string expected)
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());

        var problem = await (await documenter.PostRaw($"/api/incidents/{incident}/claims", body.Replace("{source}", source.ToString(), StringComparison.Ordinal)))
            .Expect(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(path, out var errors), problem.ToString());
        Assert.Contains(expected, errors[0].GetString(), StringComparison.Ordinal);
        AssertPlain(problem.ToString());
        Assert.Equal(1, await (await server.As(Role.Admin)).EventCount(incident));
    }

    [Theory]
    [InlineData("/api/sources", """{"name":"Syria Direct","kind":"media","reliability":2}""", "reliability", "must be a string")]
    [InlineData("/api/sources", """{"name":"Syria Direct","kind":"media","reliability":"B","aliases":{"0":"SD"}}""", "aliases", "must be an array of strings")]
    [InlineData("/api/sources/{source}/reliability", """{"reliability":"C","rationale":["late"]}""", "rationale", "must be a string")]
    [InlineData("/api/incidents/{incident}/description", """{"title":{"en":"t"},"reason":"r"}""", "title", "must be a string")]
    [InlineData("/api/incidents/{incident}/occurrence", """{"occurred":2015,"reason":"r"}""", "occurred", "must be a string")]
    [InlineData("/api/incidents/{incident}/place", """{"placeName":"al-Bukamal","coordinates":{"latitude":34.4,"longitude":[40],"precisionMetres":5},"reason":"r"}""",
        "coordinates.longitude", "must be a number")]
    [InlineData("/api/users", """{"name":"newcomer","role":"documenter","expiresAt":20260101}""", "expiresAt", "ISO-8601 UTC instant")]
    [InlineData("/api/users", """{"name":false,"role":"documenter"}""", "name", "must be a string")]
    public async Task A_wrong_type_on_the_other_routes_is_named_in_plain_words(string route, string body, string path, string expected)
    {
        var admin = await server.As(Role.Admin);
        var source = await admin.RegisterSource(DeirEzZor.SoundAndPicture);
        var incident = await admin.RecordIncident(DeirEzZor.GunBattle());

        var problem = await (await admin.PostRaw(route.Replace("{source}", source.ToString(), StringComparison.Ordinal)
                .Replace("{incident}", incident.ToString(), StringComparison.Ordinal), body))
            .Expect(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(path, out var errors), problem.ToString());
        Assert.Contains(expected, errors[0].GetString(), StringComparison.Ordinal);
        AssertPlain(problem.ToString());
        Assert.Equal(1, await admin.EventCount(incident));
        Assert.Equal(1, await admin.SourceEventCount(source));
    }

    [Fact]
    public async Task A_body_that_is_not_an_object_says_so()
    {
        var documenter = await server.As(Role.Documenter);

        var problem = await (await documenter.PostRaw("/api/incidents", "[1,2]")).Expect(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("$", out var errors), problem.ToString());
        Assert.Contains("must be an object with", errors[0].GetString(), StringComparison.Ordinal);
        AssertPlain(problem.ToString());
    }

    private static void AssertPlain(string problem)
    {
        foreach (var internals in new[] { "token type", "System.", "EvidenceLedger.", "Nullable", "could not be converted", "JsonElement" })
            Assert.DoesNotContain(internals, problem, StringComparison.Ordinal);
    }

    private async Task<int> TotalAsync() =>
        (await (await server.As(Role.Admin)).GetJson("/api/incidents?pageSize=1")).GetProperty("total").GetInt32();
}
