using System.Text.RegularExpressions;
using EvidenceLedger.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Incidents;

public sealed class Plain_dates(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    [Fact]
    public Task An_incident_recorded_as_spring_2015_shows_that_reading_beside_its_edtf() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Record an incident" }).ClickAsync();
        await page.GetByLabel("Title").FillAsync("Arrests at the Hajin bakery");
        await page.GetByLabel("When it occurred").FillAsync("spring 2015");
        await page.GetByLabel("Place name").FillAsync("Hajin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the incident" }).ClickAsync();

        await Expect(page.GetByTestId("done")).ToHaveTextAsync("The incident was recorded.");
        var facts = page.GetByTestId("incident-facts");
        await Expect(facts.GetByTestId("occurred-reading")).ToHaveTextAsync("spring 2015 (March to May 2015)");
        await Expect(facts.GetByTestId("occurred-edtf")).ToHaveTextAsync("2015-21");

        await page.GotoAsync("/incidents?q=hajin+bakery");
        var item = page.GetByTestId("incident-item");
        await Expect(item.GetByTestId("occurred-reading")).ToHaveTextAsync("spring 2015 (March to May 2015)");
        await Expect(item).ToContainTextAsync("2015-21");
    });

    [Fact]
    public Task A_date_the_ledger_cannot_read_is_refused_with_the_forms_that_work() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));

        await page.GotoAsync("/incidents/new");
        await page.GetByLabel("Title").FillAsync("Shelling of the old market");
        await page.GetByLabel("When it occurred").FillAsync("the Wednesday before last");
        await page.GetByLabel("Place name").FillAsync("Deir ez-Zor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the incident" }).ClickAsync();

        var problems = page.GetByText(new Regex("Forms that work"));
        await Expect(problems.First).ToContainTextAsync("18/11/2015");
        await Expect(problems.First).ToContainTextAsync("day first");
        await Expect(page.GetByLabel("When it occurred")).ToHaveValueAsync("the Wednesday before last");
    });

    [Fact]
    public Task A_search_by_dates_says_which_incidents_matched_only_because_their_dates_overlap() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "amira");
        await seed.IncidentAsync("Raid on the Ashara clinic", "al-Ashara", occurred: "2014-09-14");
        await seed.IncidentAsync("Looting in Ashara sometime that year", "al-Ashara", occurred: "2014");
        await SignInAsync(page, await Ledger.RegisterAsync("legal"));

        await page.GotoAsync("/incidents?q=ashara");
        await page.GetByLabel("Occurred from").FillAsync("2014-09-01");
        await page.GetByLabel("Occurred to").FillAsync("2014-09-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        var exact = page.GetByTestId("incident-item").Filter(new() { HasText = "Raid on the Ashara clinic" });
        var overlapping = page.GetByTestId("incident-item").Filter(new() { HasText = "Looting in Ashara" });
        await Expect(overlapping.GetByTestId("matched-by-overlap")).ToContainTextAsync("overlaps");
        await Expect(overlapping.GetByTestId("occurred-reading")).ToHaveTextAsync("2014");
        await Expect(exact.GetByTestId("matched-by-overlap")).ToHaveCountAsync(0);
    });

    [Fact]
    public Task A_citation_published_in_a_month_without_a_day_shows_its_reading() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "amira");
        var incident = await seed.IncidentAsync("Internet cut in Albu Kamal", "al-Bukamal");
        await seed.ClaimAsync(incident, await seed.SourceAsync("Sound and Picture"), "IS cut the internet in the city.");
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync($"/incidents/{incident}");

        var cite = await ClaimActions.OpenAsync(page.GetByTestId("claim-card"), "cite-form");
        await cite.GetByLabel("Document title").FillAsync("Sound and Picture exclusive: IS cuts the internet");
        await cite.GetByLabel("Address (URL)").FillAsync("https://sound-and-picture.com/en/?p=610");
        await cite.GetByLabel("Published on").FillAsync("November 2015");
        await cite.GetByLabel("Excerpt relied on (exact words)").FillAsync("IS prevented Internet service in the city of Albu Kamal");
        await cite.GetByRole(AriaRole.Button, new() { Name = "Add the citation" }).ClickAsync();

        var citation = page.GetByTestId("citation");
        await Expect(citation.GetByTestId("published-reading")).ToHaveTextAsync("November 2015");
        await Expect(citation).ToContainTextAsync("2015-11");
    });
}
