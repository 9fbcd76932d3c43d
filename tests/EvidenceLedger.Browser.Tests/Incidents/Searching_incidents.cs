using System.Text.RegularExpressions;
using EvidenceLedger.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Incidents;

public sealed class Searching_incidents(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    private static readonly string[] OtherSpellingsOfAlBukamal = ["Abu Kamal", "Albu Kamal", "al-Boukamal", "البوكمال"];

    [Fact]
    public Task A_place_is_found_under_any_spelling_of_its_name() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "amira");
        await seed.IncidentAsync("Checkpoint executions", "al-Bukamal", ["البوكمال"]);
        await seed.IncidentAsync("Shelling of the old market", "Deir ez-Zor");
        await SignInAsync(page, await Ledger.RegisterAsync("legal"));

        foreach (var spelling in OtherSpellingsOfAlBukamal)
        {
            await page.GotoAsync("/incidents");
            await page.GetByLabel("Place (any spelling)").FillAsync(spelling);
            await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
            var found = page.GetByTestId("incident-list");
            await Expect(found).ToContainTextAsync("Checkpoint executions");
            await Expect(found).Not.ToContainTextAsync("Shelling of the old market");
            await Expect(page.GetByLabel("Place (any spelling)")).ToHaveValueAsync(spelling);
        }

        await page.GetByLabel("Place (any spelling)").FillAsync("Dayr az-Zawr");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.GetByTestId("incident-list")).ToContainTextAsync("Shelling of the old market");
        await Expect(page.GetByTestId("incident-list")).Not.ToContainTextAsync("Checkpoint executions");
    });

    [Fact]
    public Task Incidents_are_filtered_by_words_occurrence_and_claim_status() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "amira");
        var source = await seed.SourceAsync("Sound and Picture");
        var clashes = await seed.IncidentAsync("Clashes with the Khalifa family", "Hajin", occurred: "2015-06");
        await seed.ClaimAsync(clashes, source, "Two fighters were killed in the clashes.");
        await seed.IncidentAsync("Internet cut in the city", "al-Mayadin", occurred: "2015-09-14");
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));

        await page.GotoAsync("/incidents?q=khalifa");
        await Expect(page.GetByTestId("incident-item")).ToHaveTextAsync([new Regex("Khalifa family")]);

        await page.GotoAsync("/incidents");
        await page.GetByLabel("Occurred from").FillAsync("2015-09-01");
        await page.GetByLabel("Occurred to").FillAsync("2015-09-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.GetByTestId("incident-item")).ToHaveTextAsync([new Regex("Internet cut")]);

        await page.GotoAsync("/incidents?q=in+the");
        await page.GetByLabel("Claim status").SelectOptionAsync("Unverified");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.GetByTestId("incident-item")).ToHaveTextAsync([new Regex("Khalifa family")]);

        await page.GotoAsync("/incidents?from=2015-10-01&to=2015-01-01");
        await Expect(page.Locator("#search-to-error")).ToContainTextAsync("before its start");
    });
}
