using EvidenceLedger.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Layout;

public sealed class First_impressions(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    [Fact]
    public Task Pages_load_without_a_single_failed_request_the_favicon_included() => InBrowserAsync(async page =>
    {
        var failed = new List<string>();
        page.Response += (_, response) => { if (response.Status >= 400) failed.Add($"{response.Status} {response.Url}"); };
        var amira = await Ledger.RegisterAsync("documenter", "Amira Haddad");

        await SignInAsync(page, amira);
        await page.GetByRole(AriaRole.Link, new() { Name = "Record an incident" }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(failed);
        await Expect(page.Locator("link[rel=icon]")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^/favicon\\.svg\\?v="));
    });

    [Fact]
    public Task The_log_a_claim_form_does_not_prejudge_credibility() => InBrowserAsync(async page =>
    {
        var youssef = await Ledger.RegisterAsync("documenter", "Youssef Karim");
        var incident = await new Seed(Ledger, "youssef").IncidentAsync("Clashes in al-Bukamal", "al-Bukamal");
        await new Seed(Ledger, "youssef").SourceAsync("Sound and Picture");

        await SignInAsync(page, youssef);
        await page.GotoAsync($"/incidents/{incident}");

        // 6, "truth cannot be judged", as the API assumes when no credibility is given.
        await Expect(page.GetByTestId("log-claim-form").GetByLabel("Credibility")).ToHaveValueAsync("TruthCannotBeJudged");
    });
}
