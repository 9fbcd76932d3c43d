using System.Net;
using EvidenceLedger.Server.Tests.Evidence.Incidents.Importing;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Evidence.Claims.Importing;

/// <summary>POST /api/imports?kind=claims records one claim per row on the incident it names, all or nothing.</summary>
public sealed class Importing_claims_from_csv(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    private static string Unique(string name) => $"{name} {Guid.NewGuid():N}"[..(name.Length + 9)];

    private async Task<(HttpClient Documenter, Guid Incident, string Title, Guid Source, string SourceName)> Setting()
    {
        var documenter = await server.As(Role.Documenter);
        var title = Unique("Shelling of the Hajin market");
        var incident = await documenter.RecordIncident(new { title, occurred = "2015-11", place = new { name = "Hajin" } });
        var sourceName = Unique("Euphrates Post");
        var source = await documenter.RegisterSource(new { name = sourceName, kind = "media", reliability = "C", aliases = new[] { sourceName + " (EP)" } });
        return (documenter, incident, title, source, sourceName);
    }

    [Fact]
    public async Task Each_row_becomes_a_claim_on_the_incident_named_by_id_or_title_keeping_the_words_as_reported()
    {
        var (documenter, incident, title, source, sourceName) = await Setting();
        var csv = $"""
            incident,statement,source,count,credibility,category,occurred
            {incident},Shells fell on the market at noon,{sourceName},more than 30 civilians killed,3,casualties,18/11/2015
            {title.ToLowerInvariant()},The market was empty that day,{sourceName} (EP),,,,
            """;

        var answer = await (await Importing_incidents_from_csv.Import(documenter, csv, "?kind=claims&reason=From+the+field+sheet")).Expect(HttpStatusCode.Created);

        Assert.Equal(2, answer.GetProperty("count").GetInt32());
        var imported = answer.GetProperty("claims").EnumerateArray().ToList();
        Assert.All(imported, claim => Assert.Equal(incident, claim.GetProperty("incidentId").GetGuid()));
        Assert.Equal([2L, 3L], imported.Select(claim => claim.GetProperty("version").GetInt64()));
        var first = await documenter.Claim(incident, imported[0].GetProperty("id").GetGuid());
        Assert.Equal("Shells fell on the market at noon", first.Str("statement"));
        Assert.Equal(source, first.GetProperty("sourceId").GetGuid());
        Assert.Equal("more than 30 civilians killed", first.Str("countAsReported"));
        Assert.Equal(31, first.GetProperty("count").GetProperty("min").GetInt32());
        Assert.Equal("3", first.Str("credibilityCode"));
        Assert.Equal("2015-11-18", first.Str("occurred"));
        var second = await documenter.Claim(incident, imported[1].GetProperty("id").GetGuid());
        Assert.Equal("6", second.Str("credibilityCode"));
        var history = await (await server.As(Role.Admin)).History(incident);
        Assert.Equal("From the field sheet", history.Last().Str("reason"));
    }

    [Fact]
    public async Task A_bad_row_refuses_the_whole_file_naming_every_bad_cell_and_appends_nothing()
    {
        var (documenter, incident, _, _, sourceName) = await Setting();
        var csv = $"""
            incident,statement,source,count,credibility,occurred
            {incident},A claim that would be fine,{sourceName},,,
            {Guid.NewGuid()},On an incident never recorded,{sourceName},,,
            {incident},,Nobody by this name,forty-ish,7,the week after
            """;

        var problem = await (await Importing_incidents_from_csv.Import(documenter, csv, "?kind=claims")).Expect(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.Equal(["rows[2].incident", "rows[3].count", "rows[3].credibility", "rows[3].occurred", "rows[3].source", "rows[3].statement"],
            errors.EnumerateObject().Select(error => error.Name).Order(StringComparer.Ordinal));
        Assert.Equal(1, await (await server.As(Role.Admin)).EventCount(incident));
    }

    [Fact]
    public async Task A_source_name_shared_by_two_sources_is_refused_asking_for_the_id()
    {
        var (documenter, incident, _, _, _) = await Setting();
        var shared = Unique("Local coordination committee");
        await documenter.RegisterSource(new { name = shared, kind = "organization", reliability = "C" });
        await documenter.RegisterSource(new { name = shared, kind = "organization", reliability = "D" });

        var problem = await (await Importing_incidents_from_csv.Import(documenter, $"incident,statement,source\n{incident},Ten were arrested,{shared}\n", "?kind=claims"))
            .Expect(HttpStatusCode.BadRequest);

        Assert.Contains("2 sources", problem.GetProperty("errors").GetProperty("rows[1].source")[0].GetString()!, StringComparison.Ordinal);
    }
}
