using EvidenceLedger.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Incidents;

public sealed class Sorting_the_incident_list(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    [Fact]
    public Task The_list_sorts_by_when_incidents_occurred_or_by_title_and_keeps_the_order_with_the_search() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "amira");
        await seed.IncidentAsync("Arrests at the Hajin checkpoint", "Hajin", occurred: "2014-05");
        await seed.IncidentAsync("Zero hour at the Hajin bakery", "Hajin", occurred: "2015-11-18");
        await seed.IncidentAsync("Looting of the Hajin museum", "Hajin", occurred: "2013");
        await SignInAsync(page, await Ledger.RegisterAsync("legal"));
        await page.GotoAsync("/incidents?q=hajin");
        var titles = page.GetByTestId("incident-item").Locator("h2");
        await Expect(titles).ToHaveTextAsync(["Looting of the Hajin museum", "Zero hour at the Hajin bakery", "Arrests at the Hajin checkpoint"]);

        await page.GetByLabel("Sort by").SelectOptionAsync("occurred");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(titles).ToHaveTextAsync(["Looting of the Hajin museum", "Arrests at the Hajin checkpoint", "Zero hour at the Hajin bakery"]);
        Assert.Contains("sort=occurred", page.Url, StringComparison.Ordinal);
        await Expect(page.GetByLabel("Words")).ToHaveValueAsync("hajin");

        await page.GetByLabel("Sort by").SelectOptionAsync("title");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(titles).ToHaveTextAsync(["Arrests at the Hajin checkpoint", "Looting of the Hajin museum", "Zero hour at the Hajin bakery"]);
        await Expect(page.GetByLabel("Sort by")).ToHaveValueAsync("title");
        await Expect(page.GetByTestId("download-csv")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("sort=title"));
    });
}
