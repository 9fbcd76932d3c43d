using System.Net;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Evidence.Http;

/// <summary>
/// Every write on an incident's stream, refused every way the API refuses writes: each answers the right status as a
/// problem, and the incident's history does not grow.
/// </summary>
public sealed class Refused_writes_append_nothing(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    /// <summary>A write route (relative to the incident, {claim} for the claim), a valid body, and a body missing the named field.</summary>
    private sealed record Route(string Path, string Valid, string Missing, string Field);

    private static readonly Dictionary<string, Route> Routes = new()
    {
        ["claims"] = new("claims", """{"statement":"On Wednesday, four IS members were killed in a gun battle","sourceId":"{source}"}""", """{"sourceId":"{source}"}""", "statement"),
        ["corrections"] = new("claims/{claim}/corrections", """{"statement":"Four IS members were killed","reason":"Shorter"}""", """{"statement":"Four IS members were killed"}""", "reason"),
        ["retraction"] = new("claims/{claim}/retraction", """{"reason":"Withdrawn"}""", """{}""", "reason"),
        ["citations"] = new("claims/{claim}/citations", """{"title":"Syria Direct","url":"https://syriadirect.org/a","excerpt":"four IS members were killed"}""",
            """{"title":"Syria Direct","excerpt":"four IS members were killed"}""", "url"),
        ["verifications"] = new("claims/{claim}/verifications", """{"method":"source_check","outcome":"supports","notes":"Called back"}""",
            """{"outcome":"supports","notes":"Called back"}""", "method"),
        ["assessment"] = new("claims/{claim}/assessment", """{"status":"corroborated","credibility":2,"rationale":"Two accounts"}""",
            """{"status":"corroborated","credibility":2}""", "rationale"),
        ["description"] = new("description", """{"title":"Gunmen kill four IS members","reason":"Clearer"}""", """{"title":"Gunmen kill four IS members"}""", "reason"),
        ["occurrence"] = new("occurrence", """{"occurred":"2015-11-18~","reason":"Approximate"}""", """{"reason":"Approximate"}""", "occurred"),
        ["place"] = new("place", """{"placeName":"al-Bukamal centre","reason":"Narrowed"}""", """{"reason":"Narrowed"}""", "placeName"),
        ["place aliases"] = new("place/aliases", """{"alias":"Albu Kamal"}""", """{"alias":""}""", "alias"),
    };

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var route in Routes.Keys)
        {
            foreach (var refusal in new[] { "malformed JSON", "missing field", "unknown incident", "stale If-Match", "body over 1 MiB", "NUL in text", "unpaired surrogate" })
                cases.Add(route, refusal);
            if (Routes[route].Path.StartsWith("claims/", StringComparison.Ordinal)) cases.Add(route, "unknown claim");
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_refused_write_answers_a_problem_and_the_history_does_not_grow(string routeName, string refusal)
    {
        var documenter = await server.As(Role.Documenter);
        var admin = await server.As(Role.Admin);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());
        var claim = await documenter.RecordClaim(incident, DeirEzZor.GunBattleClaim(source));
        var before = await admin.EventCount(incident);
        var route = Routes[routeName];
        string Url(Guid incidentId, Guid claimId) => $"/api/incidents/{incidentId}/" + route.Path.Replace("{claim}", claimId.ToString(), StringComparison.Ordinal);
        string Body(string json) => json.Replace("{source}", source.ToString(), StringComparison.Ordinal);

        var (response, status, field) = refusal switch
        {
            "malformed JSON" => (await documenter.PostRaw(Url(incident, claim), Body(route.Valid)[..^1]), HttpStatusCode.BadRequest, "$"),
            "missing field" => (await documenter.PostRaw(Url(incident, claim), Body(route.Missing)), HttpStatusCode.BadRequest, route.Field),
            "unknown incident" => (await documenter.PostRaw(Url(Guid.NewGuid(), claim), Body(route.Valid)), HttpStatusCode.NotFound, null),
            "unknown claim" => (await documenter.PostRaw(Url(incident, Guid.NewGuid()), Body(route.Valid)), HttpStatusCode.NotFound, null),
            "stale If-Match" => (await documenter.PostIfMatch(Url(incident, claim), Body(route.Valid), "\"1\""), HttpStatusCode.PreconditionFailed, null),
            "body over 1 MiB" => (await documenter.PostRaw(Url(incident, claim), Body(route.Valid)[..^1] + ",\"padding\":\"" + new string('x', 1024 * 1024) + "\"}"),
                HttpStatusCode.RequestEntityTooLarge, null),
            "NUL in text" => (await documenter.PostRaw(Url(incident, claim), WithField(Body(route.Valid), route.Field, "al-Bukamal\\u0000")), HttpStatusCode.BadRequest, route.Field),
            "unpaired surrogate" => (await documenter.PostRaw(Url(incident, claim), WithField(Body(route.Valid), route.Field, "\\ud800")), HttpStatusCode.BadRequest, route.Field),
            _ => throw new ArgumentOutOfRangeException(nameof(refusal)),
        };

        var problem = await response.Expect(status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        if (field is not null) Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"The problem should name '{field}': {problem}");
        if (status == HttpStatusCode.PreconditionFailed)
            Assert.Equal((1L, (long)before), (problem.GetProperty("expectedVersion").GetInt64(), problem.GetProperty("actualVersion").GetInt64()));
        Assert.Equal(before, await admin.EventCount(incident));
    }

    [Theory]
    [MemberData(nameof(RouteNames))]
    public async Task The_same_writes_succeed_with_their_valid_bodies(string routeName)
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());
        var claim = await documenter.RecordClaim(incident, DeirEzZor.GunBattleClaim(source));
        var route = Routes[routeName];

        var response = await documenter.PostIfMatch(
            $"/api/incidents/{incident}/" + route.Path.Replace("{claim}", claim.ToString(), StringComparison.Ordinal),
            route.Valid.Replace("{source}", source.ToString(), StringComparison.Ordinal), "\"2\"");

        var written = await response.Expect(route.Path is "claims" or "claims/{claim}/citations" or "claims/{claim}/verifications" ? HttpStatusCode.Created : HttpStatusCode.OK);
        Assert.Equal(3, written.GetProperty("version").GetInt64());
        Assert.Equal("\"3\"", response.ETag());
        Assert.Equal(3, await (await server.As(Role.Admin)).EventCount(incident));
    }

    public static TheoryData<string> RouteNames => new(Routes.Keys);

    /// <summary>The body with <paramref name="field"/> set to <paramref name="rawJsonString"/>, written into the JSON text as it is (escapes included).</summary>
    private static string WithField(string body, string field, string rawJsonString)
    {
        const string Placeholder = "__VALUE__";
        var json = System.Text.Json.Nodes.JsonNode.Parse(body)!;
        json[field] = Placeholder;
        return json.ToJsonString().Replace(Placeholder, rawJsonString, StringComparison.Ordinal);
    }
}
