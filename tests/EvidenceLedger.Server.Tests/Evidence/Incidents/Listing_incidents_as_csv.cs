using System.Net;
using System.Net.Http.Headers;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Testing.Server;

namespace EvidenceLedger.Server.Tests.Evidence.Incidents;

/// <summary>GET /api/incidents with Accept: text/csv answers every incident the filters find, as CSV a spreadsheet opens safely.</summary>
public sealed class Listing_incidents_as_csv(LedgerServer server) : IClassFixture<LedgerServer>
{
    private static readonly string[] Aliases = ["Abu Kamal", "Albu Kamal"];

    [Fact]
    public async Task The_filtered_list_comes_as_csv_with_the_import_columns_first_and_formulas_defused()
    {
        var documenter = await server.As("documenter");
        await documenter.PostJson("/api/incidents", new { title = "Csv gun battle in al-Bukamal", occurred = "2015-11-25", place = new { name = "al-Bukamal", aliases = Aliases }, summary = "He said \"about 40\", then left" });
        await documenter.PostJson("/api/incidents", new { title = "=HYPERLINK(\"http://evil.example\",\"Csv click\")", occurred = "2015", place = new { name = "Hajin" } });
        await documenter.PostJson("/api/incidents", new { title = "Unrelated arrests in Mayadeen", occurred = "2015-11", place = new { name = "Mayadeen" } });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/incidents?q=csv");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));

        var response = await documenter.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("title,occurred,place,aliases,summary,id,", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, line => line.StartsWith("Csv gun battle in al-Bukamal,2015-11-25,al-Bukamal,Abu Kamal; Albu Kamal,\"He said \"\"about 40\"\", then left\",", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("\"'=HYPERLINK(", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains("Mayadeen", StringComparison.Ordinal));
    }
}
