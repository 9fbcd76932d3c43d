using EvidenceLedger.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Incidents;

public sealed class Tracing_provenance(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    [Fact]
    public Task The_timeline_draws_every_event_by_actor_and_links_each_to_its_entry_and_hash() => InBrowserAsync(async page =>
    {
        var amira = new Seed(Ledger, "amira");
        var youssef = new Seed(Ledger, "youssef");
        var incident = await amira.IncidentAsync("Internet cut in the city", "al-Bukamal");
        var claim = await amira.ClaimAsync(incident, await amira.SourceAsync("Sound and Picture"), "The internet was cut for three days.");
        await youssef.CorrectAsync(incident, claim, "The internet was cut for four days.", "The outlet corrected its report.");
        await youssef.RetractAsync(incident, claim, "The outlet withdrew the report.");
        await SignInAsync(page, await Ledger.RegisterAsync("auditor"));

        await page.GotoAsync($"/incidents/{incident}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Provenance timeline" }).ClickAsync();
        var timeline = page.GetByTestId("timeline").Locator("svg.timeline");
        await Expect(timeline.Locator("a")).ToHaveCountAsync(4);
        await Expect(timeline.Locator("text", new() { HasText = "amira" })).ToHaveCountAsync(1);
        await Expect(timeline.Locator("text", new() { HasText = "youssef" })).ToHaveCountAsync(1);
        await Expect(timeline.Locator("a rect")).ToHaveCountAsync(1);
        await Expect(timeline.Locator("a circle.mark")).ToHaveCountAsync(1);
        await Expect(timeline.Locator("a polygon")).ToHaveCountAsync(1);

        await timeline.Locator("a[data-version='3']").ClickAsync();
        Assert.EndsWith("#event-3", page.Url, StringComparison.Ordinal);
        var entries = page.GetByTestId("provenance-entry");
        await Expect(page.Locator("#event-3")).ToContainTextAsync("youssef corrected a claim to");
        await Expect(page.Locator("#event-3")).ToContainTextAsync("The outlet corrected its report.");
        var hashes = await entries.GetByTestId("event-hash").AllTextContentsAsync();
        Assert.Equal(4, hashes.Count);
        Assert.All(hashes, hash => Assert.Matches("^[0-9a-f]{64}$", hash));
        await Expect(page.Locator("#event-3")).ToContainTextAsync(hashes[1]);
    });

    [Fact]
    public Task The_incident_list_as_of_a_time_before_an_incident_was_recorded_does_not_show_it() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, await Ledger.RegisterAsync("auditor"));
        await page.GotoAsync("/incidents");
        var before = await page.EvaluateAsync<string>("() => new Date(Date.now() - 1000).toISOString()");
        await new Seed(Ledger, "amira").IncidentAsync("Raid on the water station", "Hajin");

        await page.GotoAsync("/incidents?q=water+station");
        await Expect(page.GetByTestId("incident-list")).ToContainTextAsync("Raid on the water station");
        await page.Locator("#asOf").FillAsync(PickerValue.AtOrAfter(before));
        await page.GetByRole(AriaRole.Button, new() { Name = "Show as of this time" }).ClickAsync();
        await Expect(page.GetByTestId("as-of-banner")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync("0 incidents found at that time.");
        await Expect(page.GetByLabel("Words")).ToHaveValueAsync("water station");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Record an incident" })).ToHaveCountAsync(0);
    });
}
