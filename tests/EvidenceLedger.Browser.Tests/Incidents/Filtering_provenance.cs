using EvidenceLedger.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Incidents;

public sealed class Filtering_provenance(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    [Fact]
    public Task An_auditor_narrows_the_provenance_to_one_claim_one_person_or_one_kind_and_sees_how_many_of_all() => InBrowserAsync(async page =>
    {
        var (incident, bridge, _) = await SeedAsync();
        await SignInAsync(page, await Ledger.RegisterAsync("auditor"));
        await page.GotoAsync($"/incidents/{incident}/provenance");
        await Expect(page.GetByTestId("event-count")).ToHaveTextAsync("6 events");

        var filter = page.GetByTestId("provenance-filter");
        await filter.GetByLabel("By").SelectOptionAsync("youssef");
        await filter.GetByRole(AriaRole.Button, new() { Name = "Filter the events" }).ClickAsync();
        await Expect(page.GetByTestId("event-count")).ToHaveTextAsync("2 of 6 events");
        await Expect(page.GetByTestId("provenance-entry")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("timeline").Locator("svg.timeline a")).ToHaveCountAsync(2);

        await page.GetByTestId("clear-filter").ClickAsync();
        await page.GetByTestId("provenance-filter").GetByLabel("About the claim").SelectOptionAsync(bridge.ToString());
        await page.GetByTestId("provenance-filter").GetByRole(AriaRole.Button, new() { Name = "Filter the events" }).ClickAsync();
        await Expect(page.GetByTestId("event-count")).ToHaveTextAsync("3 of 6 events");
        await Expect(page.GetByTestId("provenance-entry")).ToContainTextAsync(["logged the claim", "corrected a claim", "cited"]);

        await page.GotoAsync($"/incidents/{incident}/provenance?kind=claim-corrected");
        await Expect(page.GetByTestId("event-count")).ToHaveTextAsync("1 of 6 events");
        await Expect(page.GetByTestId("provenance-filter").GetByLabel("Kind of event")).ToHaveValueAsync("claim-corrected");
    });

    [Fact]
    public Task A_filter_keeps_the_time_the_page_shows_and_the_time_keeps_the_filter() => InBrowserAsync(async page =>
    {
        var (incident, _, recordedAt) = await SeedAsync();
        await SignInAsync(page, await Ledger.RegisterAsync("auditor"));
        await page.GotoAsync($"/incidents/{incident}/provenance?asOf={Uri.EscapeDataString(recordedAt)}");
        await Expect(page.GetByTestId("as-of-banner")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("event-count")).ToHaveTextAsync("1 event");

        var filter = page.GetByTestId("provenance-filter");
        await filter.GetByLabel("By").SelectOptionAsync("amira");
        await filter.GetByRole(AriaRole.Button, new() { Name = "Filter the events" }).ClickAsync();
        Assert.Contains("asOf=", page.Url, StringComparison.Ordinal);
        Assert.Contains("actor=amira", page.Url, StringComparison.Ordinal);
        await Expect(page.GetByTestId("as-of-banner")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("event-count")).ToHaveTextAsync("1 of 1 event");

        await page.GetByRole(AriaRole.Button, new() { Name = "Show as of this time" }).ClickAsync();
        Assert.Contains("actor=amira", page.Url, StringComparison.Ordinal);
        await Expect(page.GetByTestId("provenance-filter").GetByLabel("By")).ToHaveValueAsync("amira");
    });

    /// <summary>Six events: amira records the incident and two claims and cites the first; youssef corrects it and retracts the second.</summary>
    private async Task<(Guid Incident, Guid Bridge, string RecordedAt)> SeedAsync()
    {
        var amira = new Seed(Ledger, "amira");
        var youssef = new Seed(Ledger, "youssef");
        var incident = await amira.IncidentAsync("Shelling near the bridge", "Deir ez-Zor");
        var recordedAt = DateTimeOffset.UtcNow.AddSeconds(1).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        await Task.Delay(1100);
        var source = await amira.SourceAsync("Sound and Picture");
        var bridge = await amira.ClaimAsync(incident, source, "Three shells hit the bridge.");
        var market = await amira.ClaimAsync(incident, source, "One shell hit the market.");
        await youssef.CorrectAsync(incident, bridge, "Five shells hit the bridge.", "The second video shows five impacts.");
        await youssef.RetractAsync(incident, market, "The market was hit the day before.");
        await amira.CiteAsync(incident, bridge, "Shelling of the bridge", "https://example.org/bridge", "Five shells hit the bridge.");
        return (incident, bridge, recordedAt);
    }
}
