using EvidenceLedger.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Incidents;

public sealed class Loading_the_demo(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    [Fact]
    public Task An_admin_loads_the_demo_into_an_empty_ledger_and_finds_its_incidents_under_any_spelling() => InBrowserAsync(async page =>
    {
        var legal = await SignedInPageAsync(await Ledger.RegisterAsync("legal"));
        await Expect(legal.GetByTestId("empty-ledger")).ToBeVisibleAsync();
        await Expect(legal.GetByRole(AriaRole.Button, new() { Name = "Load the demo data set" })).ToHaveCountAsync(0);

        await SignInAsync(page, await Ledger.RegisterAsync("admin"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Load the demo data set" }).ClickAsync();

        var demoUsers = page.GetByTestId("demo-users");
        await Expect(demoUsers.Locator("tbody tr")).ToHaveCountAsync(4);
        await Expect(demoUsers).ToContainTextAsync("auditor");
        await Expect(page.GetByTestId("incident-item").First).ToBeVisibleAsync();

        await page.GetByLabel("Place (any spelling)").FillAsync("Abu Kamal");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.GetByTestId("incident-item").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("empty-ledger")).ToHaveCountAsync(0);
    });
}
