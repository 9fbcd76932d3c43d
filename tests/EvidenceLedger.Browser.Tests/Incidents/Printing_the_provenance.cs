using EvidenceLedger.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Incidents;

public sealed class Printing_the_provenance(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    [Fact]
    public Task Hashes_are_folded_to_their_first_digits_and_open_whole_with_a_click() => InBrowserAsync(async page =>
    {
        var amira = new Seed(Ledger, "amira");
        var incident = await amira.IncidentAsync("Bakery shelled in Hajin", "Hajin");
        await amira.ClaimAsync(incident, await amira.SourceAsync("Deir ez-Zor 24"), "The bakery was shelled at dawn.");
        await SignInAsync(page, await Ledger.RegisterAsync("auditor"));

        await page.GotoAsync($"/incidents/{incident}/provenance");
        var first = page.GetByTestId("provenance-entry").First;
        var hash = first.GetByTestId("event-hash");
        var whole = await hash.TextContentAsync();
        await Expect(hash).Not.ToBeVisibleAsync();
        await Expect(first.Locator(".hash-fold summary").First).ToHaveTextAsync(whole![..12] + "…");

        await first.Locator(".hash-fold summary").First.ClickAsync();

        await Expect(hash).ToBeVisibleAsync();
        await Expect(hash).ToHaveTextAsync(whole);
    });

    [Fact]
    public Task A_printed_page_shows_every_hash_whole_and_no_forms_or_navigation() => InBrowserAsync(async page =>
    {
        var amira = new Seed(Ledger, "amira");
        var incident = await amira.IncidentAsync("Checkpoint arrests in al-Mayadeen", "al-Mayadeen");
        await amira.ClaimAsync(incident, await amira.SourceAsync("Sound and Picture"), "Twelve men were detained at the checkpoint.");
        await SignInAsync(page, await Ledger.RegisterAsync("auditor"));
        await page.GotoAsync($"/incidents/{incident}/provenance");

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        var hashes = page.GetByTestId("event-hash");
        await Expect(hashes).ToHaveCountAsync(2);
        foreach (var hash in await hashes.AllAsync()) await Expect(hash).ToBeVisibleAsync();
        await Expect(page.Locator(".hash-fold summary").First).Not.ToBeVisibleAsync();
        await Expect(page.GetByTestId("as-of-picker")).Not.ToBeVisibleAsync();
        await Expect(page.Locator(".site-nav")).Not.ToBeVisibleAsync();
        foreach (var form in await page.Locator("main form").AllAsync()) await Expect(form).Not.ToBeVisibleAsync();
    });
}
