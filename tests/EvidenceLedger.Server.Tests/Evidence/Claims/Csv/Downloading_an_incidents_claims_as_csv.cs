using System.Net;
using System.Net.Http.Headers;
using EvidenceLedger.Server.Tests.Evidence.Incidents.Importing;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Evidence.Claims.Csv;

/// <summary>GET /api/incidents/{id} with Accept: text/csv answers the incident's claims, one a row, in the import's columns first.</summary>
public sealed class Downloading_an_incidents_claims_as_csv(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    private static async Task<string> ClaimsCsv(HttpClient client, Guid incident)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/incidents/{incident}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"claims-{incident:D}.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Each_claim_is_a_row_with_its_words_as_reported_and_what_the_ledger_knows()
    {
        var documenter = await server.As(Role.Documenter);
        var incident = await documenter.RecordIncident(new { title = "Claimcsv raid on the clinic", occurred = "2015-11-18", place = new { name = "al-Ashara" } });
        var source = await documenter.RegisterSource(new { name = $"Claimcsv witness {Guid.NewGuid():N}", kind = "anonymous", reliability = "C" });
        await documenter.RecordClaim(incident, new { statement = "=HYPERLINK(\"x\") was written on the wall", sourceId = source, count = "about 40 killed", credibility = 3 });

        var csv = await ClaimsCsv(documenter, incident);

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("incident,statement,source,sourceId,count,credibility,category,occurred,id,", lines[0], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.Contains("'=HYPERLINK", lines[1], StringComparison.Ordinal);
        Assert.Contains("about 40 killed", lines[1], StringComparison.Ordinal);
        Assert.Contains("unverified", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_download_imports_again_as_it_is_onto_another_incident()
    {
        var documenter = await server.As(Role.Documenter);
        var incident = await documenter.RecordIncident(new { title = "Claimcsv round trip", occurred = "2015", place = new { name = "Hajin" } });
        var source = await documenter.RegisterSource(new { name = $"Claimcsv network {Guid.NewGuid():N}", kind = "media", reliability = "B" });
        await documenter.RecordClaim(incident, new { statement = "More than thirty fighters were killed", sourceId = source, count = "more than 30 IS fighters killed", occurred = "mid-November 2015" });
        await documenter.RecordClaim(incident, new { statement = "Between ten and twenty, per the clinic", sourceId = source, count = new { min = 10, max = 20, subject = "wounded" } });
        var copy = await documenter.RecordIncident(new { title = "Claimcsv round trip copy", occurred = "2015", place = new { name = "Hajin" } });

        var csv = (await ClaimsCsv(documenter, incident)).Replace(incident.ToString("D"), copy.ToString("D"), StringComparison.Ordinal);
        await (await Importing_incidents_from_csv.Import(documenter, csv, "?kind=claims")).Expect(HttpStatusCode.Created);

        var original = (await documenter.Incident(incident)).GetProperty("claims").EnumerateArray().ToList();
        var copied = (await documenter.Incident(copy)).GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(original.Select(Read), copied.Select(Read));

        // A count given as figures comes back as its reading in words: the range read is the same.
        static (string, string?, string, string) Read(System.Text.Json.JsonElement claim) =>
            (claim.Str("statement"), claim.GetProperty("occurred").GetString(), claim.Str("countReading"), claim.GetProperty("count").GetProperty("subject").GetString()!);
    }

    [Fact]
    public async Task An_unknown_incident_is_a_404_in_csv_as_in_json()
    {
        var documenter = await server.As(Role.Documenter);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/incidents/{Guid.NewGuid()}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        using var response = await documenter.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
