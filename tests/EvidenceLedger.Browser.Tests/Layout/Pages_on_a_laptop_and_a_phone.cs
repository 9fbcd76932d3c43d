using EvidenceLedger.Browser.Tests.Support;
using EvidenceLedger.Evidence.Sources;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Layout;

/// <summary>
/// The main pages at a laptop's and a phone's width, with Arabic place names and quotes: nothing runs off the side of
/// the screen, right-to-left text keeps its direction, and a screenshot of each is kept in TestResults/screenshots.
/// </summary>
public sealed class Pages_on_a_laptop_and_a_phone(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    [Fact]
    public Task The_incident_pages_fit_a_laptop_and_a_phone() => InBrowserAsync(async page =>
    {
        var (admin, incidentId, claimId) = await SeedAsync();
        await page.SetViewportSizeAsync(Viewports.Phone.Width, Viewports.Phone.Height);
        await page.GotoAsync("/sign-in");
        await Screenshots.SaveAsync(page, nameof(Pages_on_a_laptop_and_a_phone), "sign-in-phone");
        await SignInAsync(page, admin);

        foreach (var (viewport, name) in new[] { (Viewports.Laptop, "laptop"), (Viewports.Phone, "phone") })
        {
            await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
            foreach (var (path, label) in new[]
                     {
                         ("/incidents", "incidents"),
                         ($"/incidents/{incidentId}", "incident"),
                         ($"/incidents/{incidentId}/claims/{claimId}/history", "claim-history"),
                         ($"/incidents/{incidentId}/provenance", "provenance"),
                         ("/incidents/new", "new-incident"),
                         ("/ledger/verify", "verify"),
                     })
            {
                await page.GotoAsync(path);
                await Screenshots.SaveAsync(page, nameof(Pages_on_a_laptop_and_a_phone), $"{label}-{name}");
                var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
                Assert.True(overflow <= 0, $"{path} is {overflow}px wider than a {name} screen.");
            }
        }
    });

    [Fact]
    public Task Arabic_text_is_shown_right_to_left_inside_an_English_page() => InBrowserAsync(async page =>
    {
        var (admin, incidentId, _) = await SeedAsync();
        await SignInAsync(page, admin);
        await page.GotoAsync($"/incidents/{incidentId}");

        var arabicAlias = page.Locator("bdi", new() { HasText = "البوكمال" });
        await Expect(arabicAlias).ToHaveAttributeAsync("dir", "auto");
        Assert.Equal("rtl", await arabicAlias.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        var statement = page.GetByTestId("claim-statement").Filter(new() { HasText = "قتل" });
        Assert.Equal("rtl", await statement.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
    });

    private async Task<(TestUser Admin, Guid IncidentId, Guid ClaimId)> SeedAsync()
    {
        var admin = await Ledger.RegisterAsync("admin");
        var seed = new Seed(Ledger, "youssef");
        var incident = await seed.IncidentAsync("Executions at the al-Bukamal checkpoint", "al-Bukamal", ["Abu Kamal", "Albu Kamal", "البوكمال"],
            summary: "Residents describe a checkpoint on the road into town where men were stopped and shot.");
        var syriaDirect = await seed.SourceAsync("Syria Direct");
        var witness = await seed.SourceAsync("A resident of al-Bukamal (withheld)", SourceKind.Individual);
        var claim = await seed.ClaimAsync(incident, syriaDirect, "Four men were shot at the checkpoint on the road into al-Bukamal.", "four men killed");
        await seed.CorrectAsync(incident, claim, "Six men were shot at the checkpoint on the road into al-Bukamal, two of them teenagers.", "A second resident named all six.");
        await seed.CiteAsync(incident, claim, "Al-Bukamal residents refuse to be subjugated", "https://syriadirect.org/news/al-bukamal",
            "“They stopped the men at the checkpoint and shot them,” a resident of البوكمال said.");
        await seed.VerifyAsync(incident, claim, witness, "The resident's account matches Syria Direct's on the place and the number.");
        var arabic = await seed.ClaimAsync(incident, witness, "قتل ستة رجال عند الحاجز في البوكمال.");
        await seed.RetractAsync(incident, arabic, "Duplicate of the first claim, in the witness's own words.");
        return (admin, incident, claim);
    }
}
