using System.Text;
using EvidenceLedger.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Incidents;

public sealed class Importing_sources_and_claims_from_csv(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    private static FilePayload Csv(string text) => new() { Name = "sheet.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };

    [Fact]
    public Task Sources_imported_from_the_import_page_link_to_their_pages() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync("/incidents/import");

        var import = page.GetByTestId("import-form");
        await import.GetByLabel("The file holds").SelectOptionAsync("sources");
        await import.GetByLabel("CSV file").SetInputFilesAsync(Csv("""
            name,kind,reliability,aliases
            Sheetsource Euphrates Post,media,C,Sheetsource EP
            Sheetsource witness in Hajin,anonymous,B,
            """));
        await import.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("done")).ToHaveTextAsync("2 sources were imported.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sheetsource Euphrates Post" }).ClickAsync();
        await Expect(page.GetByTestId("source-name")).ToHaveTextAsync("Sheetsource Euphrates Post");
    });

    [Fact]
    public Task Claims_download_from_an_incident_and_import_onto_another() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "amira");
        var source = await seed.SourceAsync("Roundtrip Network");
        var incident = await seed.IncidentAsync("Roundtrip gun battle in al-Bukamal", "al-Bukamal");
        await seed.ClaimAsync(incident, source, "Four IS members were killed", count: "four IS members killed");
        await seed.IncidentAsync("Roundtrip second report of the gun battle", "Abu Kamal");
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync($"/incidents/{incident}");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-claims-csv").ClickAsync());
        var csv = (await File.ReadAllTextAsync(await download.PathAsync()))
            .Replace(incident.ToString("D"), "Roundtrip second report of the gun battle", StringComparison.Ordinal);
        await page.GetByTestId("import-claims-link").ClickAsync();
        var import = page.GetByTestId("import-form");
        await Expect(import.GetByLabel("The file holds")).ToHaveValueAsync("claims");
        await import.GetByLabel("CSV file").SetInputFilesAsync(Csv(csv));
        await import.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("done")).ToHaveTextAsync("1 claim was imported.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Four IS members were killed" }).ClickAsync();
        await Expect(page.GetByTestId("incident-title")).ToHaveTextAsync("Roundtrip second report of the gun battle");
        await Expect(page.GetByTestId("claim-card")).ToContainTextAsync("four IS members killed");
    });

    [Fact]
    public Task A_long_file_shows_a_progress_bar_while_its_rows_are_recorded() => InBrowserAsync(async page =>
    {
        // Playwright reads a page only once its navigation has finished, and an import's form post is one: what the bar
        // shows meanwhile is written down as it changes (in sessionStorage, which the next page of the tab still reads).
        await page.AddInitScriptAsync("""
            document.addEventListener("DOMContentLoaded", () => {
                const panel = document.querySelector(".import-progress");
                if (!panel) return;
                new MutationObserver(() => {
                    const seen = JSON.parse(sessionStorage.getItem("progress-seen") ?? "[]");
                    seen.push(`${panel.hidden ? "hidden" : "shown"}|${panel.querySelector("progress").value}|${panel.querySelector("span").textContent}`);
                    sessionStorage.setItem("progress-seen", JSON.stringify(seen));
                }).observe(panel, { attributes: true, childList: true, subtree: true, characterData: true });
            });
            """);
        // The server records a few hundred rows in well under a second here: its answer is held back a moment (after it
        // has done all its work), as a slow connection or a large file would, so the page polls for progress meanwhile.
        await page.RouteAsync(url => url.EndsWith("/incidents/import", StringComparison.Ordinal), async route =>
        {
            if (route.Request.Method != "POST")
            {
                await route.ContinueAsync();
                return;
            }
            var answer = await route.FetchAsync();
            await Task.Delay(2_000);
            await route.FulfillAsync(new() { Response = answer });
        });
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync("/incidents/import");
        var csv = "title,occurred,place\n" + string.Concat(Enumerable.Range(1, 300).Select(i => $"Progresswave {i},2015,Hajin\n"));

        var import = page.GetByTestId("import-form");
        await import.GetByLabel("CSV file").SetInputFilesAsync(Csv(csv));
        await import.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("done")).ToHaveTextAsync("300 incidents were imported.");
        var seen = await page.EvaluateAsync<string[]>("JSON.parse(sessionStorage.getItem('progress-seen') ?? '[]')");
        Assert.Contains(seen, state => state.StartsWith("shown|", StringComparison.Ordinal));
        Assert.Contains("shown|300|Recording row 300 of 300…", seen);
    });
}
