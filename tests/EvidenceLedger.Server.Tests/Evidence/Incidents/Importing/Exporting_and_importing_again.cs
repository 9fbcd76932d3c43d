using System.Net;
using System.Net.Http.Headers;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;
using EvidenceLedger.Testing.Server;

namespace EvidenceLedger.Server.Tests.Evidence.Incidents.Importing;

/// <summary>The CSV export imports as it is into another ledger, which then holds the same incidents.</summary>
public sealed class Exporting_and_importing_again(EvidenceServer source, LedgerServer fresh) : IClassFixture<EvidenceServer>, IClassFixture<LedgerServer>
{
    private static readonly string[] BukamalAliases = ["Abu Kamal", "البوكمال"];

    [Fact]
    public async Task An_export_imported_into_a_fresh_ledger_gives_the_same_titles_dates_places_and_summaries()
    {
        var documenter = await source.As(Role.Documenter);
        await documenter.RecordIncident(new { title = "Gun battle in al-Bukamal", occurred = "mid-November 2015", place = new { name = "al-Bukamal", aliases = BukamalAliases }, summary = "He said \"about 40\", then left; nobody returned" });
        await documenter.RecordIncident(new { title = "=HYPERLINK(\"http://evil.example\",\"click\")", occurred = "2015?", place = new { name = "Hajin" } });
        await documenter.RecordIncident(new { title = "-30 reported dead in Mayadeen", occurred = "before 20 November 2015", place = new { name = "al-Mayadeen" }, summary = "+ more wounded" });
        await documenter.RecordIncident(new { title = "Arrests in spring", occurred = "spring 2015", place = new { name = "Deir ez-Zor" } });
        var before = await Listed(documenter);

        var csv = await Csv(documenter);
        var imported = await (await Importing_incidents_from_csv.Import(await fresh.As(Role.Documenter), csv)).Expect(HttpStatusCode.Created);

        Assert.Equal(4, imported.GetProperty("count").GetInt32());
        Assert.Equal(before, await Listed(await fresh.As(Role.Documenter)));
    }

    private static async Task<string> Csv(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/incidents");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<List<string>> Listed(HttpClient client) =>
        [.. (await client.GetJson("/api/incidents?pageSize=1000")).GetProperty("items").EnumerateArray()
            .Select(item => string.Join(" | ", item.Str("title"), item.Str("occurred"), item.GetProperty("place").Str("name"),
                string.Join(";", item.GetProperty("place").GetProperty("aliases").EnumerateArray().Select(a => a.GetString())), item.Str("summary")))
            .Order(StringComparer.Ordinal)];
}
