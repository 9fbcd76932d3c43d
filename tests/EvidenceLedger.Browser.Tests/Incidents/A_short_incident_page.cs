using EvidenceLedger.Browser.Tests.Support;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Server.Demo.Loading;
using EvidenceLedger.Server.Evidence.Incidents;
using EvidenceLedger.Server.Evidence.Incidents.Searching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Incidents;

/// <summary>
/// The incident page as a documenter sees it on a laptop: the demo's incident with three claims fits in a few screens
/// (it was 3,661 px tall, with five open-able forms per claim and "Log a claim" at the bottom; 2,466 px since). The test
/// reports the height.
/// </summary>
public sealed class A_short_incident_page(LedgerInBrowser ledger, ITestOutputHelper output) : BrowserTest(ledger)
{
    private const int MostPixels = 2_500;

    [Fact]
    public Task The_demo_incident_with_three_claims_fits_in_a_few_screens() => InBrowserAsync(async page =>
    {
        await Ledger.Services.GetRequiredService<DemoLoader>().LoadAsync("test");
        var list = await Ledger.Services.GetRequiredService<IncidentQueries>().SearchAsync(IncidentFilter.All, ReadLimit.None, 0, 100);
        var incident = list.Items.First(item => item.ClaimCount == 3);
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));

        await page.GotoAsync($"/incidents/{incident.Id}");
        await Screenshots.SaveAsync(page, nameof(A_short_incident_page), "demo-incident-laptop");
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");

        output.WriteLine($"'{incident.Title}' (3 claims) is {height} px tall at {Viewports.Laptop.Width}×{Viewports.Laptop.Height}.");
        Assert.True(height <= MostPixels, $"The incident page is {height} px tall; at most {MostPixels} px expected.");
    });

    [Fact]
    public Task Log_a_claim_comes_before_the_claims_and_a_claim_opens_one_action_at_a_time() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "amira");
        var incident = await seed.IncidentAsync("Shelling of the grain silos", "al-Mayadin");
        var source = await seed.SourceAsync("Deir ez-Zor 24");
        await seed.ClaimAsync(incident, source, "Two shells hit the grain silos.");
        await seed.ClaimAsync(incident, source, "The silos burned for a day.");
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync($"/incidents/{incident}");

        var logClaim = page.GetByTestId("log-claim");
        await Expect(logClaim).ToHaveJSPropertyAsync("open", false);
        var logClaimTop = (await logClaim.BoundingBoxAsync())!.Y;
        Assert.True(logClaimTop < (await page.GetByTestId("claim-card").First.BoundingBoxAsync())!.Y, "Log a claim is below the claims.");
        await Expect(page.GetByTestId("claim-actions")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("correct-form").First).Not.ToBeVisibleAsync();

        var card = page.GetByTestId("claim-card").First;
        var correct = await ClaimActions.OpenAsync(card, "correct-form");
        await Expect(correct.GetByLabel("Corrected statement")).ToBeVisibleAsync();
        var cite = await ClaimActions.OpenAsync(card, "cite-form");
        await Expect(cite.GetByLabel("Document title")).ToBeVisibleAsync();
        await Expect(correct).ToHaveJSPropertyAsync("open", false);
        await Expect(page.GetByTestId("claim-card").Nth(1).GetByTestId("claim-actions")).ToHaveJSPropertyAsync("open", false);

        await logClaim.Locator("> summary").ClickAsync();
        await Expect(page.GetByTestId("log-claim-form").GetByLabel("Statement")).ToBeVisibleAsync();
    });
}
