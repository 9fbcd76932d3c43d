using System.Net;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Evidence.Incidents;

public sealed class Recording_incidents(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    [Fact]
    public async Task A_documenter_records_an_incident_and_reads_it_back_as_given()
    {
        var documenter = await server.As(Role.Documenter);

        var response = await documenter.PostJson("/api/incidents", DeirEzZor.GunBattle());

        var created = await response.Expect(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(1, created.GetProperty("version").GetInt64());
        Assert.True(created.GetProperty("position").GetInt64() > 0);
        Assert.Equal($"/api/incidents/{id:D}", response.Headers.Location!.OriginalString);
        Assert.Equal("\"1\"", response.ETag());

        var read = await documenter.GetAsync($"/api/incidents/{id}");
        Assert.Equal("\"1\"", read.ETag());
        var incident = await read.Expect(HttpStatusCode.OK);
        Assert.Equal(id, incident.GetProperty("id").GetGuid());
        Assert.Equal(DeirEzZor.GunBattleTitle, incident.Str("title"));
        Assert.Equal("2015-11-18", incident.Str("occurred"));
        Assert.Equal("2015-11-18", incident.Str("occurredEarliest"));
        Assert.Equal("2015-11-18", incident.Str("occurredLatest"));
        var place = incident.GetProperty("place");
        Assert.Equal("al-Bukamal", place.Str("name"));
        Assert.Equal(["البوكمال"], place.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(34.4536, place.GetProperty("coordinates").GetProperty("latitude").GetDouble());
        Assert.Equal(2000, place.GetProperty("coordinates").GetProperty("precisionMetres").GetDouble());
        Assert.Equal(0, incident.GetProperty("claims").GetArrayLength());
        Assert.StartsWith("documenter-", incident.Str("recordedBy"), StringComparison.Ordinal);
        Assert.EndsWith("Z", incident.Str("recordedAt"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2015-11-18", "2015-11-18", "2015-11-18")]
    [InlineData("2015-11-16/2015-11-22", "2015-11-16", "2015-11-22")]
    [InlineData("2015-05", "2015-05-01", "2015-05-31")]
    [InlineData("2015-21", "2015-03-01", "2015-05-31")]
    [InlineData("2015-11-18~", "2015-11-18", "2015-11-18")]
    public async Task The_date_is_kept_as_the_EDTF_string_given(string edtf, string earliest, string latest)
    {
        var documenter = await server.As(Role.Documenter);
        var id = await documenter.RecordIncident(new { title = "Flag raised above a school in al-Bukamal", occurred = edtf, place = new { name = "al-Bukamal" } });

        var incident = await documenter.Incident(id);

        Assert.Equal(edtf, incident.Str("occurred"));
        Assert.Equal(earliest, incident.Str("occurredEarliest"));
        Assert.Equal(latest, incident.Str("occurredLatest"));
    }

    public static TheoryData<string, string> InvalidBodies => new()
    {
        { """{"occurred":"2015-11-18","place":{"name":"al-Bukamal"}}""", "title" },
        { """{"title":"Gun battle","place":{"name":"al-Bukamal"}}""", "occurred" },
        { """{"title":"Gun battle","occurred":"sometime last week","place":{"name":"al-Bukamal"}}""", "occurred" },
        { """{"title":"Gun battle","occurred":"2999-01-01","place":{"name":"al-Bukamal"}}""", "occurred" },
        { """{"title":"Gun battle","occurred":"2015-11-18"}""", "place" },
        { """{"title":"Gun battle","occurred":"2015-11-18","place":{"aliases":["Abu Kamal"]}}""", "place.name" },
        { """{"title":"Gun battle","occurred":"2015-11-18","place":{"name":"al-Bukamal","aliases":["Abu Kamal","abu kamal"]}}""", "place.aliases[1]" },
        { """{"title":"Gun battle","occurred":"2015-11-18","place":{"name":"al-Bukamal","coordinates":{"latitude":94.5,"longitude":40.9,"precisionMetres":10}}}""", "place.coordinates.latitude" },
        { """{"title":"Gun battle","occurred":"2015-11-18","place":{"name":"al-Bukamal","coordinates":{"longitude":40.9,"precisionMetres":10}}}""", "place.coordinates.latitude" },
        { """{"title":"Gun battle","occurred":"2015-11-18","place":{"name":"al-Bukamal","coordinates":{"latitude":34.4,"longitude":40.9}}}""", "place.coordinates.precisionMetres" },
        { """{"title":"Gun battle","occurred":"2015-11-18","place":{"name":"al-Bukamal","coordinates":{"latitude":"north","longitude":40.9,"precisionMetres":10}}}""", "place.coordinates.latitude" },
        { """{"title":["Gun battle"],"occurred":"2015-11-18","place":{"name":"al-Bukamal"}}""", "title" },
        { """{"title":"Gun battle","occurred":"2015-11-18","place":{"name":"al-Bukamal"}""", "$" },
        { "", "$" },
        { "null", "$" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task A_malformed_body_or_a_missing_or_out_of_range_field_is_a_400_naming_it_and_records_nothing(string body, string field)
    {
        var documenter = await server.As(Role.Documenter);
        var id = Guid.NewGuid();
        var withId = body.StartsWith('{') && body.Length > 2 ? $$"""{"id":"{{id}}",""" + body[1..] : body;

        var response = await documenter.PostRaw("/api/incidents", withId);

        var problem = await response.Expect(HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), $"The problem should name '{field}': {problem}");
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        await (await (await server.As(Role.Admin)).GetAsync($"/api/incidents/{id}/history")).Expect(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_body_over_one_mebibyte_is_a_413_problem_and_records_nothing()
    {
        var documenter = await server.As(Role.Documenter);
        var id = Guid.NewGuid();
        var huge = new string('x', 1024 * 1024);

        var response = await documenter.PostJson("/api/incidents", new { id, title = "Gun battle", summary = huge, occurred = "2015-11-18", place = new { name = "al-Bukamal" } });

        var problem = await response.Expect(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(413, problem.GetProperty("status").GetInt32());
        await (await (await server.As(Role.Admin)).GetAsync($"/api/incidents/{id}/history")).Expect(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_body_far_over_the_limit_is_refused_with_a_413_before_it_is_sent_when_the_client_asks_to_continue()
    {
        var documenter = await server.As(Role.Documenter);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/incidents")
        {
            Content = new ByteArrayContent(new byte[20 * 1024 * 1024]) { Headers = { ContentType = new("application/json") } },
        };
        request.Headers.ExpectContinue = true;

        var response = await documenter.SendAsync(request);

        await response.Expect(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_415()
    {
        var documenter = await server.As(Role.Documenter);
        await (await documenter.PostRaw("/api/incidents", "title=Gun battle", "application/x-www-form-urlencoded")).Expect(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Recording_the_same_id_twice_is_a_409_and_appends_nothing_more()
    {
        var documenter = await server.As(Role.Documenter);
        var id = Guid.NewGuid();
        await (await documenter.PostJson("/api/incidents", new { id, title = "Gun battle", occurred = "2015-11-18", place = new { name = "al-Bukamal" } })).Expect(HttpStatusCode.Created);

        await (await documenter.PostJson("/api/incidents", new { id, title = "Gun battle", occurred = "2015-11-18", place = new { name = "al-Bukamal" } })).Expect(HttpStatusCode.Conflict);

        Assert.Equal(1, await (await server.As(Role.Admin)).EventCount(id));
    }

    [Fact]
    public async Task An_unknown_incident_is_a_404()
    {
        var legal = await server.As(Role.Legal);
        await (await legal.GetAsync($"/api/incidents/{Guid.NewGuid()}")).Expect(HttpStatusCode.NotFound);
        await (await legal.GetAsync($"/api/incidents/{Guid.NewGuid()}/claims/{Guid.NewGuid()}")).Expect(HttpStatusCode.NotFound);
        await (await (await server.As(Role.Auditor)).GetAsync($"/api/incidents/{Guid.NewGuid()}/history")).Expect(HttpStatusCode.NotFound);
    }
}
