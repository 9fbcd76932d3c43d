using System.Net;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Evidence.Incidents;

public sealed class Revising_incidents(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    [Fact]
    public async Task Description_date_and_place_are_revised_with_reasons_and_the_aliases_are_kept()
    {
        var documenter = await server.As(Role.Documenter);
        var id = await documenter.RecordIncident(DeirEzZor.GunBattle());

        await (await documenter.PostJson($"/api/incidents/{id}/description",
            new { title = "Gunmen kill four IS members in al-Bukamal", summary = "Open defiance rather than assassinations with silenced weapons.", reason = "Badar Al-Khalaf's account" }))
            .Expect(HttpStatusCode.OK);
        await (await documenter.PostJson($"/api/incidents/{id}/occurrence", new { occurred = "2015-11-18~", reason = "\"Last Wednesday\" as of the 25th" }))
            .Expect(HttpStatusCode.OK);
        var relocated = await documenter.PostJson($"/api/incidents/{id}/place",
            new { placeName = "al-Bukamal town centre", coordinates = new { latitude = 34.4531, longitude = 40.9172, precisionMetres = 500 }, reason = "Narrowed down" });
        await relocated.Expect(HttpStatusCode.OK);
        Assert.Equal("\"4\"", relocated.ETag());

        var incident = await documenter.Incident(id);
        Assert.Equal("Gunmen kill four IS members in al-Bukamal", incident.Str("title"));
        Assert.Equal("2015-11-18~", incident.Str("occurred"));
        Assert.Equal("al-Bukamal town centre", incident.GetProperty("place").Str("name"));
        Assert.Equal(500, incident.GetProperty("place").GetProperty("coordinates").GetProperty("precisionMetres").GetDouble());
        Assert.Equal(["البوكمال"], incident.GetProperty("place").GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        var reasons = (await (await server.As(Role.Auditor)).History(id)).Skip(1).Select(e => e.Str("reason"));
        Assert.Equal(["Badar Al-Khalaf's account", "\"Last Wednesday\" as of the 25th", "Narrowed down"], reasons);
    }

    [Theory]
    [InlineData("description", """{"title":"New title"}""", "reason")]
    [InlineData("description", """{"summary":"s","reason":"r"}""", "title")]
    [InlineData("occurrence", """{"reason":"r"}""", "occurred")]
    [InlineData("occurrence", """{"occurred":"2015-11-18","reason":"same"}""", "occurred")]
    [InlineData("place", """{"reason":"r"}""", "placeName")]
    [InlineData("place", """{"placeName":"al-Bukamal","coordinates":{"latitude":34.4,"longitude":200,"precisionMetres":5},"reason":"r"}""", "coordinates.longitude")]
    [InlineData("place", """{"placeName":"al-Bukamal","coordinates":{"latitude":34.4,"longitude":40.9},"reason":"r"}""", "coordinates.precisionMetres")]
    [InlineData("place/aliases", """{}""", "alias")]
    public async Task A_revision_with_a_bad_field_is_a_400_naming_it_and_appends_nothing(string route, string body, string field)
    {
        var documenter = await server.As(Role.Documenter);
        var id = await documenter.RecordIncident(DeirEzZor.GunBattle());

        var problem = await (await documenter.PostRaw($"/api/incidents/{id}/{route}", body)).Expect(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"The problem should name '{field}': {problem}");
        Assert.Equal(1, await (await server.As(Role.Admin)).EventCount(id));
    }
}
