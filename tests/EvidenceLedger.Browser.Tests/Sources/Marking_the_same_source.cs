using EvidenceLedger.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Sources;

public sealed class Marking_the_same_source(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    [Fact]
    public Task A_source_marked_as_the_same_as_another_reads_as_it_and_the_kept_one_lists_the_claims_of_both() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "amira");
        var kept = await seed.SourceAsync("Sound and Picture");
        var twice = await seed.SourceAsync("Sound & Picture Network");
        var incident = await seed.IncidentAsync("Shelling of the old market", "Deir ez-Zor");
        await seed.ClaimAsync(incident, kept, "Three shells hit the market at noon.");
        await seed.ClaimAsync(incident, twice, "Seven people were wounded in the market.");
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync($"/sources/{twice}");

        var form = page.GetByTestId("same-as-form");
        await form.Locator("summary").ClickAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Mark as the same" }).ClickAsync();
        await Expect(page.Locator("#same-as-sourceId-error")).ToBeVisibleAsync();
        await Expect(page.Locator("#same-as-reason-error")).ToBeVisibleAsync();

        form = page.GetByTestId("same-as-form");
        await form.GetByLabel("The same as").SelectOptionAsync(kept.ToString());
        await form.GetByLabel("Reason").FillAsync("Its network feed repeats the same reporters.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Mark as the same" }).ClickAsync();
        await Expect(page.GetByTestId("done")).ToContainTextAsync("same as");
        await Expect(page.GetByTestId("same-as")).ToContainTextAsync("Sound and Picture");
        await Expect(page.GetByTestId("same-as-form")).ToHaveCountAsync(0);

        await page.GetByTestId("same-as").GetByRole(AriaRole.Link, new() { Name = "Sound and Picture" }).ClickAsync();
        await Expect(page.GetByTestId("same-sources")).ToContainTextAsync("Sound & Picture Network");
        var claims = page.GetByTestId("source-claim");
        await Expect(claims).ToHaveCountAsync(2);
        await Expect(claims.Nth(0)).ToContainTextAsync("Three shells hit the market");
        await Expect(claims.Nth(1)).ToContainTextAsync("Seven people were wounded");
    });
}
