using System.Text.RegularExpressions;
using EvidenceLedger.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Ledger;

public sealed class Verifying_the_ledger(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    [Fact]
    public Task A_verification_shows_on_the_provenance_of_each_incident_it_checked() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "amira");
        var incident = await seed.IncidentAsync("Checkwave arrests at the bakery", "al-Mayadin");
        await seed.ClaimAsync(incident, await seed.SourceAsync("Checkwave network"), "Twelve men were detained.");
        await SignInAsync(page, await Ledger.RegisterAsync("auditor"));
        await page.GotoAsync($"/incidents/{incident}/provenance");
        await Expect(page.GetByTestId("no-checks")).ToBeVisibleAsync();

        await page.GetByTestId("no-checks").GetByRole(AriaRole.Link, new() { Name = "Verify the ledger" }).ClickAsync();
        await WaitForACheckpointAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Run a full verification" }).ClickAsync();
        await Expect(page.GetByTestId("verification-outcome")).ToContainTextAsync("VERIFIED", new() { Timeout = 30_000 });
        await SignInAsync(page, await Ledger.RegisterAsync("legal"));
        await page.GotoAsync($"/incidents/{incident}/provenance");

        var check = page.GetByTestId("incident-check");
        await Expect(check).ToHaveCountAsync(1);
        await Expect(check).ToContainTextAsync("this incident's 2 events recorded by then intact");
        await Expect(check.GetByRole(AriaRole.Link, new() { Name = "The full report" })).ToHaveCountAsync(0);
    });

    [Fact]
    public Task An_auditor_sees_the_latest_checkpoint_and_runs_a_full_verification_to_its_end() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "amira");
        var incident = await seed.IncidentAsync("Arrests at the bakery", "al-Mayadin");
        await seed.ClaimAsync(incident, await seed.SourceAsync("Deir ez-Zor 24"), "Twelve men were detained.");
        await SignInAsync(page, await Ledger.RegisterAsync("auditor"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Verify ledger" }).ClickAsync();
        await WaitForACheckpointAsync(page);
        await Expect(page.GetByTestId("checkpoint-root")).ToHaveTextAsync(new Regex("^[0-9a-f]{64}$"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Run a full verification" }).ClickAsync();
        await Expect(page.GetByTestId("verification-outcome")).ToHaveTextAsync(
            "VERIFIED: every event, stream chain, tree node and checkpoint holds.", new() { Timeout = 30_000 });
        await Expect(page.GetByTestId("verification-result")).ToContainTextAsync("Events checked");
    });

    [Fact]
    public Task Verification_is_not_offered_to_a_documenter_and_refused_if_asked_for() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Verify ledger" })).ToHaveCountAsync(0);
        var response = await page.GotoAsync("/ledger/verify");
        Assert.Equal(403, response!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Not allowed for your role");
    });

    private static async Task WaitForACheckpointAsync(IPage page)
    {
        // The leader signs in the background; on a loaded machine (CI's two cores) that can take a while.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(60) && await page.GetByTestId("checkpoint-size").CountAsync() == 0)
        {
            await Task.Delay(200);
            await page.ReloadAsync();
        }
        await Expect(page.GetByTestId("checkpoint-size")).ToBeVisibleAsync();
    }
}
