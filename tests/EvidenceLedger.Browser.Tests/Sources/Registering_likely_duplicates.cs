using System.Text.RegularExpressions;
using EvidenceLedger.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Sources;

public sealed class Registering_likely_duplicates(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    [Fact]
    public Task A_source_like_a_registered_one_is_shown_first_and_registered_only_when_asked_again() => InBrowserAsync(async page =>
    {
        var existing = await new Seed(Ledger, "amira").SourceAsync("Sound and Picture");
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync("/sources");

        var register = page.GetByTestId("register-source-form");
        await register.GetByLabel("Source name").FillAsync("Sound & Picture");
        await register.GetByLabel("Kind").SelectOptionAsync("Organization");
        await register.GetByRole(AriaRole.Button, new() { Name = "Register the source" }).ClickAsync();

        var match = page.GetByTestId("likely-duplicate");
        await Expect(match).ToHaveCountAsync(1);
        await Expect(match.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", $"/sources/{existing}");
        await Expect(page.GetByTestId("source-item").Filter(new() { HasText = "Sound & Picture" })).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("register-source-form").GetByLabel("Source name")).ToHaveValueAsync("Sound & Picture");

        await page.GetByRole(AriaRole.Button, new() { Name = "Register anyway" }).ClickAsync();
        await Expect(page.GetByTestId("done")).ToHaveTextAsync("The source is registered.");
        await Expect(page.GetByTestId("source-name")).ToHaveTextAsync("Sound & Picture");
    });

    [Fact]
    public Task The_incident_page_warns_of_a_source_known_under_an_alias() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "amira");
        var existing = await seed.SourceAsync("Syria Direct");
        await new SourceSeed(Ledger, "amira").AliasAsync(existing, "SyriaDirect");
        var incident = await seed.IncidentAsync("Gun battle near the school", "al-Bukamal");
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync($"/incidents/{incident}");

        var register = page.GetByTestId("register-source-form");
        await register.Locator("summary").ClickAsync();
        await register.GetByLabel("Source name").FillAsync("Syria-Direct");
        await register.GetByLabel("Kind").SelectOptionAsync("Media");
        await register.GetByRole(AriaRole.Button, new() { Name = "Register the source" }).ClickAsync();

        await Expect(page.GetByTestId("likely-duplicate")).ToContainTextAsync("Syria Direct");
        await Expect(page.GetByTestId("likely-duplicate")).ToContainTextAsync("also SyriaDirect");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register anyway" }).ClickAsync();
        await Expect(page.GetByTestId("done")).ToContainTextAsync("The source was registered");
    });

    [Fact]
    public Task An_incident_titled_like_a_recorded_one_is_shown_first_and_recorded_only_when_asked_again() => InBrowserAsync(async page =>
    {
        var existing = await new Seed(Ledger, "amira").IncidentAsync("Clashes with the Khalifa family", "Hajin", occurred: "2015-06");
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync("/incidents/new");

        await page.GetByLabel("Title").FillAsync("Clashes with the Khalifa-family");
        await page.GetByLabel("When it occurred").FillAsync("June 2015");
        await page.GetByLabel("Place name").FillAsync("Hajin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the incident" }).ClickAsync();

        var match = page.GetByTestId("likely-duplicate");
        await Expect(match).ToContainTextAsync("Clashes with the Khalifa family");
        await Expect(match).ToContainTextAsync("Hajin");
        await Expect(match.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", $"/incidents/{existing}");
        await Expect(page.GetByLabel("Title")).ToHaveValueAsync("Clashes with the Khalifa-family");

        await page.GetByRole(AriaRole.Button, new() { Name = "Record anyway" }).ClickAsync();
        await Expect(page.GetByTestId("incident-title")).ToHaveTextAsync("Clashes with the Khalifa-family");
        await Expect(page).ToHaveURLAsync(new Regex("done=incident-recorded"));
    });
}
