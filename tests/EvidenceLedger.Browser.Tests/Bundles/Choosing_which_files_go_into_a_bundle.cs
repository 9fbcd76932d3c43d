using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using EvidenceLedger.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Bundles;

public sealed class Choosing_which_files_go_into_a_bundle(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    private static async Task<string> CiteAFileAsync(IPage page, byte[] bytes)
    {
        var cite = await ClaimActions.OpenAsync(page.GetByTestId("claim-card"), "cite-form");
        await cite.GetByLabel("Document title").FillAsync("Recording of the interview");
        await cite.GetByLabel("A file to upload").CheckAsync();
        await cite.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "interview.txt", MimeType = "text/plain", Buffer = bytes });
        await cite.GetByLabel("Excerpt relied on (exact words)").FillAsync("four IS members were killed");
        await cite.GetByRole(AriaRole.Button, new() { Name = "Add the citation" }).ClickAsync();
        await Expect(page.GetByTestId("citation")).ToBeVisibleAsync();
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    [Fact]
    public Task Files_above_the_size_chosen_go_in_by_their_hash_alone_and_the_report_says_so() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "amira");
        var incident = await seed.IncidentAsync("Sizewave gun battle in al-Bukamal", "al-Bukamal");
        await seed.ClaimAsync(incident, await seed.SourceAsync("Sizewave witness"), "Four IS members were killed in a gun battle.");
        await SignInAsync(page, await Ledger.RegisterAsync("admin"));
        await page.GotoAsync($"/incidents/{incident}");
        var sha256 = await CiteAFileAsync(page, Encoding.UTF8.GetBytes($"Transcript ({Guid.NewGuid():N}): four IS members were killed. " + new string('.', 2_000)));

        var form = page.GetByTestId("export-form");
        await form.GetByLabel("Largest cited file to include (MB)").FillAsync("0.001");
        // An export waits until the Merkle log holds every event; on a loaded machine that outlasts the click's own timeout.
        var download = await page.RunAndWaitForDownloadAsync(() => form.GetByTestId("export-button").ClickAsync(new() { Timeout = 60_000 }), new() { Timeout = 60_000 });

        using var zip = ZipFile.OpenRead(await download.PathAsync());
        Assert.DoesNotContain(zip.Entries, entry => entry.FullName == $"files/{sha256}");
        var report = zip.Entries.Single(entry => entry.FullName == "report.html");
        using var words = new StreamReader(report.Open());
        Assert.Contains("larger than the 1,048 bytes the exporter chose to include", await words.ReadToEndAsync(), StringComparison.Ordinal);
    });

    [Fact]
    public Task A_size_that_is_not_a_number_is_refused_and_nothing_is_exported() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "amira");
        var incident = await seed.IncidentAsync("Sizewave refused export", "Hajin");
        await SignInAsync(page, await Ledger.RegisterAsync("legal"));
        await page.GotoAsync($"/incidents/{incident}");

        var form = page.GetByTestId("export-form");
        await form.GetByLabel("Largest cited file to include (MB)").FillAsync("-3");
        await form.GetByTestId("export-button").ClickAsync();

        await Expect(page.Locator("#export-maxFileMegabytes-error")).ToContainTextAsync("a number of megabytes, 0 or more");
        await page.GotoAsync($"/exports?incident={incident}");
        await Expect(page.GetByTestId("export-row")).ToHaveCountAsync(0);
    });
}
