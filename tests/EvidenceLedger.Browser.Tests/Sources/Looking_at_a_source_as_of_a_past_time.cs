using System.Globalization;
using EvidenceLedger.Browser.Tests.Support;
using EvidenceLedger.Evidence.Grading;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Sources;

public sealed class Looking_at_a_source_as_of_a_past_time(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    [Fact]
    public Task Legal_sees_the_grade_and_the_claims_a_source_had_then() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "amira");
        var source = await seed.SourceAsync("Asofsource Euphrates Post", reliability: SourceReliability.UsuallyReliable);
        var incident = await seed.IncidentAsync("Asofsource shelling of the market", "Hajin");
        await seed.ClaimAsync(incident, source, "Shells fell at noon");
        await Task.Delay(50);
        var then = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        await Task.Delay(50);
        await seed.RegradeAsync(source, SourceReliability.NotUsuallyReliable, "Two of its reports were retracted");
        await seed.ClaimAsync(incident, source, "Twelve were killed");
        await SignInAsync(page, await Ledger.RegisterAsync("legal"));

        await page.GotoAsync($"/sources/{source}?asOf={Uri.EscapeDataString(then)}");

        await Expect(page.GetByTestId("as-of-banner")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("source-reliability")).ToContainTextAsync("B");
        var claims = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Asofsource shelling" });
        await Expect(claims).ToHaveCountAsync(1);
        await Expect(claims).ToContainTextAsync("Shells fell at noon");
        await page.GetByRole(AriaRole.Link, new() { Name = "Asofsource shelling of the market" }).ClickAsync();
        Assert.Contains("asOf=", page.Url, StringComparison.Ordinal);

        await page.GotoAsync($"/sources/{source}");
        await Expect(page.GetByTestId("source-reliability")).ToContainTextAsync("D");
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Asofsource shelling" })).ToHaveCountAsync(2);
    });

    [Fact]
    public Task The_source_list_as_of_a_past_time_leaves_out_sources_registered_since() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "amira");
        await seed.SourceAsync("Asoflist early network");
        await Task.Delay(50);
        var then = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
        await Task.Delay(50);
        await seed.SourceAsync("Asoflist late network");
        await SignInAsync(page, await Ledger.RegisterAsync("auditor"));

        await page.GotoAsync($"/sources?q=asoflist&asOf={Uri.EscapeDataString(then)}");

        await Expect(page.GetByTestId("source-list")).ToContainTextAsync("Asoflist early network");
        await Expect(page.GetByTestId("source-list")).Not.ToContainTextAsync("Asoflist late network");
    });
}
