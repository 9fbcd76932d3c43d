using EvidenceLedger.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Incidents;

public sealed class Counts_as_reported(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    [Fact]
    public Task A_claim_with_an_estimate_shows_the_words_first_and_then_the_reading() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "amira");
        var incident = await seed.IncidentAsync("Air raids on the city market", "Deir ez-Zor");
        var source = await seed.SourceAsync("Sound and Picture");
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync($"/incidents/{incident}");

        var logClaim = page.GetByTestId("log-claim-form");
        await logClaim.GetByLabel("Source").SelectOptionAsync(source.ToString());
        await logClaim.GetByLabel("Statement").FillAsync("About forty people were killed in the market.");
        await logClaim.GetByLabel("Count as reported").FillAsync("about 40 killed");
        await logClaim.GetByRole(AriaRole.Button, new() { Name = "Log the claim" }).ClickAsync();

        var card = page.GetByTestId("claim-card");
        await Expect(card.GetByTestId("count-as-reported")).ToHaveTextAsync("“about 40 killed”");
        await Expect(card.GetByTestId("count-reading")).ToHaveTextAsync("read as about 40 (approximate, no exact bound)");
        var countText = await card.GetByTestId("count-reading").Locator("xpath=..").InnerTextAsync();
        Assert.True(countText.IndexOf("about 40 killed", StringComparison.Ordinal) < countText.IndexOf("read as", StringComparison.Ordinal), countText);
    });
}
