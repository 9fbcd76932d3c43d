using EvidenceLedger.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Incidents;

public sealed class Concurrent_edits(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    [Fact]
    public Task A_form_rendered_before_someone_else_changed_the_incident_is_refused_with_what_changed() => InBrowserAsync(async amira =>
    {
        var seed = new Seed(Ledger, "seeder");
        var incident = await seed.IncidentAsync("Shelling near the bridge", "Deir ez-Zor");
        await seed.ClaimAsync(incident, await seed.SourceAsync("Sound and Picture"), "Three shells hit the bridge.");
        await SignInAsync(amira, await Ledger.RegisterAsync("documenter", "Amira"));
        var youssef = await SignedInPageAsync(await Ledger.RegisterAsync("documenter", "Youssef"));
        await amira.GotoAsync($"/incidents/{incident}");
        await youssef.GotoAsync($"/incidents/{incident}");

        await CorrectAsync(youssef, "Five shells hit the bridge.", "The second video shows five impacts.");
        await Expect(youssef.GetByTestId("claim-statement")).ToHaveTextAsync("Five shells hit the bridge.");

        await CorrectAsync(amira, "Three shells hit the bridge and one the market.", "A resident adds the market.");
        var conflict = amira.GetByTestId("conflict");
        await Expect(conflict).ToContainTextAsync("Not saved: someone else changed this incident after you opened it");
        await Expect(conflict).ToContainTextAsync("Youssef corrected a claim to “\u2068Five shells hit the bridge.\u2069” (\u2068The second video shows five impacts.\u2069)");
        await Expect(amira.GetByTestId("claim-statement")).ToHaveTextAsync("Five shells hit the bridge.");
        var form = amira.GetByTestId("correct-form");
        await Expect(form.GetByLabel("Corrected statement")).ToHaveValueAsync("Three shells hit the bridge and one the market.");
        await Expect(form.GetByLabel("Reason for the correction")).ToHaveValueAsync("A resident adds the market.");

        // Having seen the change, Amira submits again from the current version, and it is recorded.
        await form.GetByRole(AriaRole.Button, new() { Name = "Record the correction" }).ClickAsync();
        await Expect(amira.GetByTestId("claim-statement")).ToHaveTextAsync("Three shells hit the bridge and one the market.");
        await Expect(amira.GetByTestId("incident-version")).ToHaveTextAsync("4");
    });

    private static async Task CorrectAsync(IPage page, string statement, string reason)
    {
        var form = await ClaimActions.OpenAsync(page.GetByTestId("claim-card"), "correct-form");
        await form.GetByLabel("Corrected statement").FillAsync(statement);
        await form.GetByLabel("Reason for the correction").FillAsync(reason);
        await form.GetByRole(AriaRole.Button, new() { Name = "Record the correction" }).ClickAsync();
    }
}
