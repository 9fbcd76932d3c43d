using EvidenceLedger.Browser.Tests.Support;

namespace EvidenceLedger.Browser.Tests.Incidents;

public sealed class Downloading_the_list_as_csv(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    [Fact]
    public Task The_search_results_download_as_csv_with_every_match() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "amira");
        await seed.IncidentAsync("Spreadsheet shelling in Hajin", "Hajin");
        await seed.IncidentAsync("Spreadsheet arrests in Hajin", "Hajin");
        await seed.IncidentAsync("Nothing to do with it", "Mayadeen");
        await SignInAsync(page, await Ledger.RegisterAsync("legal"));
        await page.GotoAsync("/incidents?q=spreadsheet");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-csv").ClickAsync());

        Assert.Equal("incidents.csv", download.SuggestedFilename);
        var lines = (await File.ReadAllTextAsync(await download.PathAsync())).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("title,occurred,place", lines[0], StringComparison.Ordinal);
        Assert.All(lines[1..], line => Assert.Contains("Spreadsheet", line, StringComparison.Ordinal));
    });
}
