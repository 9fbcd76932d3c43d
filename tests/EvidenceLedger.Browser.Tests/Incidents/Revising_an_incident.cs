using EvidenceLedger.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Incidents;

public sealed class Revising_an_incident(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    [Fact]
    public Task A_documenter_revises_the_title_date_and_place_and_adds_a_spelling_from_the_incident_page() => InBrowserAsync(async page =>
    {
        var incident = await new Seed(Ledger, "youssef").IncidentAsync("Shelling near the bridge", "Deir ez-Zor", occurred: "2015");
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync($"/incidents/{incident}");

        var description = await OpenAsync(page, "revise-description-form");
        await description.GetByLabel("Title").FillAsync("Shelling of the old bridge");
        await description.GetByLabel("Summary").FillAsync("Three shells hit the bridge over the Euphrates.");
        await description.GetByLabel("Reason for the revision").FillAsync("The video shows the old bridge.");
        await description.GetByRole(AriaRole.Button, new() { Name = "Revise the title and summary" }).ClickAsync();
        await Expect(page.GetByTestId("done")).ToContainTextAsync("The title and summary were revised");
        await Expect(page.GetByTestId("incident-title")).ToHaveTextAsync("Shelling of the old bridge");

        var date = await OpenAsync(page, "revise-occurrence-form");
        await Expect(date.GetByTestId("current-occurred-reading")).ToHaveTextAsync("2015");
        await date.GetByLabel("When it occurred").FillAsync("mid-November 2015");
        await date.GetByLabel("Reason for the new date").FillAsync("The uploader dates the video.");
        await date.GetByRole(AriaRole.Button, new() { Name = "Re-date the incident" }).ClickAsync();
        await Expect(page.GetByTestId("occurred-reading")).ToHaveTextAsync("11–20 November 2015");
        await Expect(page.GetByTestId("occurred-edtf")).ToHaveTextAsync("2015-11-11/2015-11-20");

        var place = await OpenAsync(page, "revise-place-form");
        await place.GetByLabel("Place name").FillAsync("al-Mayadin");
        await place.GetByLabel("Latitude").FillAsync("35.0206");
        await place.GetByLabel("Longitude").FillAsync("40.4525");
        await place.GetByLabel("Precision (metres)").FillAsync("500");
        await place.GetByLabel("Reason for the move").FillAsync("The bridge is at al-Mayadin, not in the city.");
        await place.GetByRole(AriaRole.Button, new() { Name = "Move the incident" }).ClickAsync();
        await Expect(page.GetByTestId("place-name")).ToHaveTextAsync("al-Mayadin");
        await Expect(page.GetByTestId("incident-facts")).ToContainTextAsync("35.0206, 40.4525");

        var alias = await OpenAsync(page, "add-place-alias-form");
        await alias.GetByLabel("Other spelling").FillAsync("الميادين");
        await alias.GetByRole(AriaRole.Button, new() { Name = "Add the spelling" }).ClickAsync();
        await Expect(page.GetByTestId("incident-facts")).ToContainTextAsync("الميادين");
        await Expect(page.GetByTestId("incident-version")).ToHaveTextAsync("5");
        await Expect(page.GetByTestId("revise-incident")).ToHaveJSPropertyAsync("open", false);
    });

    [Fact]
    public Task A_refused_move_names_every_field_at_fault_at_once_and_keeps_what_was_typed() => InBrowserAsync(async page =>
    {
        var incident = await new Seed(Ledger, "youssef").IncidentAsync("Arrests at the bakery", "al-Mayadin");
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync($"/incidents/{incident}");

        var place = await OpenAsync(page, "revise-place-form");
        await place.GetByLabel("Place name").FillAsync("");
        await place.GetByLabel("Latitude").FillAsync("35.02");
        await place.GetByRole(AriaRole.Button, new() { Name = "Move the incident" }).ClickAsync();

        place = page.GetByTestId("revise-place-form");
        await Expect(place).ToHaveJSPropertyAsync("open", true);
        await Expect(place.Locator(".field.has-error label")).ToHaveTextAsync(
            ["Place name (required)", "Longitude", "Precision (metres)", "Reason for the move (required)"]);
        await Expect(place.GetByLabel("Latitude")).ToHaveValueAsync("35.02");
        await Expect(page.GetByTestId("place-name")).ToHaveTextAsync("al-Mayadin");
        await Expect(page.GetByTestId("incident-version")).ToHaveTextAsync("1");
    });

    [Fact]
    public Task Without_javascript_a_new_date_the_ledger_cannot_read_is_refused_with_the_forms_that_work() => InBrowserAsync(async page =>
    {
        var incident = await new Seed(Ledger, "youssef").IncidentAsync("Looting of the museum", "Deir ez-Zor");
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync($"/incidents/{incident}");

        var date = await OpenAsync(page, "revise-occurrence-form");
        await date.GetByLabel("When it occurred").FillAsync("the Wednesday before last");
        await date.GetByRole(AriaRole.Button, new() { Name = "Re-date the incident" }).ClickAsync();

        date = page.GetByTestId("revise-occurrence-form");
        await Expect(date.Locator(".field.has-error")).ToHaveCountAsync(2);
        await Expect(date.Locator(".field.has-error").First).ToContainTextAsync("18/11/2015");
        await Expect(date.GetByLabel("When it occurred")).ToHaveValueAsync("the Wednesday before last");
    }, javaScript: false);

    [Fact]
    public Task A_revision_rendered_before_someone_else_changed_the_incident_is_refused_with_what_changed() => InBrowserAsync(async amira =>
    {
        var incident = await new Seed(Ledger, "seeder").IncidentAsync("Shelling near the bridge", "Deir ez-Zor");
        await SignInAsync(amira, await Ledger.RegisterAsync("documenter", "Amira"));
        var youssef = await SignedInPageAsync(await Ledger.RegisterAsync("documenter", "Youssef"));
        await amira.GotoAsync($"/incidents/{incident}");
        await youssef.GotoAsync($"/incidents/{incident}");

        var alias = await OpenAsync(youssef, "add-place-alias-form");
        await alias.GetByLabel("Other spelling").FillAsync("Dayr az Zawr");
        await alias.GetByRole(AriaRole.Button, new() { Name = "Add the spelling" }).ClickAsync();
        await Expect(youssef.GetByTestId("incident-version")).ToHaveTextAsync("2");

        var description = await OpenAsync(amira, "revise-description-form");
        await description.GetByLabel("Title").FillAsync("Shelling of the old bridge");
        await description.GetByLabel("Reason for the revision").FillAsync("The video shows the old bridge.");
        await description.GetByRole(AriaRole.Button, new() { Name = "Revise the title and summary" }).ClickAsync();

        await Expect(amira.GetByTestId("conflict")).ToContainTextAsync("Youssef added the place name");
        await Expect(amira.GetByTestId("incident-title")).ToHaveTextAsync("Shelling near the bridge");
        await Expect(amira.GetByTestId("revise-description-form").GetByLabel("Title")).ToHaveValueAsync("Shelling of the old bridge");
    });

    private static async Task<ILocator> OpenAsync(IPage page, string form)
    {
        var revise = page.GetByTestId("revise-incident");
        if (await revise.GetAttributeAsync("open") is null)
            await revise.Locator("> summary").ClickAsync();
        var chosen = revise.GetByTestId(form);
        await chosen.Locator("> summary").ClickAsync();
        return chosen;
    }
}
