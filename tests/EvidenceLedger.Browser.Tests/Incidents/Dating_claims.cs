using System.Text.RegularExpressions;
using EvidenceLedger.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Incidents;

public sealed class Dating_claims(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    [Fact]
    public Task A_claim_logged_with_the_date_its_source_gives_shows_that_reading_beside_its_edtf() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "amira");
        var incident = await seed.IncidentAsync("Gun battle at the al-Bukamal checkpoint", "al-Bukamal", occurred: "2015-11");
        var source = await seed.SourceAsync("Syria Direct");
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync($"/incidents/{incident}");

        var logClaim = page.GetByTestId("log-claim-form");
        await logClaim.GetByLabel("Source").SelectOptionAsync(source.ToString());
        await logClaim.GetByLabel("Statement").FillAsync("Four IS members were killed in a gun battle.");
        await logClaim.GetByLabel("When it happened").FillAsync("mid-November 2015");
        await logClaim.GetByRole(AriaRole.Button, new() { Name = "Log the claim" }).ClickAsync();

        var card = page.GetByTestId("claim-card");
        await Expect(card.GetByTestId("claim-occurred-reading")).ToHaveTextAsync("11–20 November 2015");
        await Expect(card.GetByTestId("claim-occurred-edtf")).ToHaveTextAsync("2015-11-11/2015-11-20");
    });

    [Fact]
    public Task A_claim_date_the_ledger_cannot_read_is_refused_with_the_forms_that_work_and_the_form_kept() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "amira");
        var incident = await seed.IncidentAsync("Arrests in al-Mayadeen", "al-Mayadeen", occurred: "2015-11");
        var source = await seed.SourceAsync("Sound and Picture");
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync($"/incidents/{incident}");

        var logClaim = page.GetByTestId("log-claim-form");
        await logClaim.GetByLabel("Source").SelectOptionAsync(source.ToString());
        await logClaim.GetByLabel("Statement").FillAsync("Dozens of young men were arrested.");
        await logClaim.GetByLabel("When it happened").FillAsync("the week after the flag");
        await logClaim.GetByRole(AriaRole.Button, new() { Name = "Log the claim" }).ClickAsync();

        var form = page.GetByTestId("log-claim-form");
        await Expect(form.GetByText(new Regex("Forms that work")).First).ToContainTextAsync("day first");
        await Expect(form.GetByLabel("When it happened")).ToHaveValueAsync("the week after the flag");
        await Expect(form.GetByLabel("Statement")).ToHaveValueAsync("Dozens of young men were arrested.");
        await Expect(page.GetByTestId("claim-card")).ToHaveCountAsync(0);
    });

    [Fact]
    public Task A_claim_s_date_is_corrected_from_its_card_with_a_reason() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "amira");
        var incident = await seed.IncidentAsync("Shelling of the Hajin market", "Hajin", occurred: "2015-11");
        await seed.ClaimAsync(incident, await seed.SourceAsync("Euphrates Post"), "Shells fell on the market at noon.");
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync($"/incidents/{incident}");

        var redate = await ClaimActions.OpenAsync(page.GetByTestId("claim-card"), "redate-form");
        await redate.GetByLabel("When it happened, per the source").FillAsync("18 Nov 2015");
        await redate.GetByLabel("Reason for the new date").FillAsync("The report gives the day in its second paragraph.");
        await redate.GetByRole(AriaRole.Button, new() { Name = "Record the new date" }).ClickAsync();

        await Expect(page.GetByTestId("done")).ToContainTextAsync("new date was recorded");
        var card = page.GetByTestId("claim-card");
        await Expect(card.GetByTestId("claim-occurred-reading")).ToHaveTextAsync("18 November 2015");
        await Expect(card.GetByTestId("claim-occurred-edtf")).ToHaveTextAsync("2015-11-18");
    });
}
