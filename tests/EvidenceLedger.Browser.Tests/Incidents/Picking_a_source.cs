using EvidenceLedger.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Incidents;

public sealed class Picking_a_source(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    [Fact]
    public Task Without_javascript_a_documenter_logs_a_claim_by_typing_the_name_of_one_of_many_sources() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "amira");
        var incident = await seed.IncidentAsync("Air raid on the water station", "al-Mayadin");
        for (var i = 1; i <= 60; i++)
            await seed.SourceAsync($"Local network {i:000}");
        await seed.SourceAsync("Euphrates Post");
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync($"/incidents/{incident}");

        var logClaim = page.GetByTestId("log-claim-form");
        var typed = logClaim.GetByLabel("Find by name or other name");
        await Expect(typed).ToHaveAttributeAsync("list", "log-claim-source-names");
        await Expect(page.Locator("#log-claim-source-names option[value='Euphrates Post']")).ToHaveCountAsync(1);
        await typed.FillAsync("euphrates post");
        await logClaim.GetByLabel("Statement").FillAsync("Two strikes hit the water station.");
        await logClaim.GetByRole(AriaRole.Button, new() { Name = "Log the claim" }).ClickAsync();

        await Expect(page.GetByTestId("done")).ToHaveTextAsync("The claim was logged.");
        await Expect(page.GetByTestId("claim-card")).ToContainTextAsync("Euphrates Post");
    }, javaScript: false);

    [Fact]
    public Task A_name_no_source_is_called_is_refused_at_the_name_with_every_other_problem() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "amira");
        var incident = await seed.IncidentAsync("Arrests at the bakery", "al-Mayadin");
        await seed.SourceAsync("Deir ez-Zor 24");
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync($"/incidents/{incident}");

        var logClaim = page.GetByTestId("log-claim-form");
        await logClaim.GetByLabel("Find by name or other name").FillAsync("Deir ez-Zor 42");
        await logClaim.GetByRole(AriaRole.Button, new() { Name = "Log the claim" }).ClickAsync();

        logClaim = page.GetByTestId("log-claim-form");
        await Expect(logClaim.Locator(".field.has-error label")).ToContainTextAsync(["Statement", "Find by name or other name", "Source"]);
        await Expect(logClaim.Locator(".field.has-error .error").Nth(1)).ToContainTextAsync("No registered source is called 'Deir ez-Zor 42'");
        await Expect(logClaim.GetByLabel("Find by name or other name")).ToHaveValueAsync("Deir ez-Zor 42");
        await Expect(page.GetByTestId("claim-card")).ToHaveCountAsync(0);
    });
}
