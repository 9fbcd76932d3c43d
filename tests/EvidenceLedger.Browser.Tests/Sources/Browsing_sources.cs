using System.Text.RegularExpressions;
using EvidenceLedger.Browser.Tests.Support;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Sources;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Sources;

public sealed class Browsing_sources(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    [Fact]
    public Task Sources_are_found_by_name_or_alias_with_their_kind_and_grade() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "amira");
        var direct = await seed.SourceAsync("Syria Direct browse", SourceKind.Media, SourceReliability.FairlyReliable);
        await new SourceSeed(Ledger, "amira").AliasAsync(direct, "SyriaDirect browse");
        await seed.SourceAsync("Deir ez-Zor 24 browse", SourceKind.SocialMedia);
        await SignInAsync(page, await Ledger.RegisterAsync("auditor"));

        await page.GotoAsync("/incidents");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Sources" }).ClickAsync();
        await page.GetByLabel("Name or alias").FillAsync("syriadirect browse");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        var found = page.GetByTestId("source-item");
        await Expect(found).ToHaveCountAsync(1);
        await Expect(found).ToContainTextAsync("Syria Direct browse");
        await Expect(found).ToContainTextAsync("media");
        await Expect(found.GetByTestId("source-reliability")).ToContainTextAsync("C");
    });

    [Fact]
    public Task A_source_page_shows_its_claims_and_every_grade_with_who_when_and_why() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "amira");
        var source = await seed.SourceAsync("Sound and Picture page", SourceKind.Organization, SourceReliability.CannotBeJudged);
        await new SourceSeed(Ledger, "youssef").RegradeAsync(source, SourceReliability.UsuallyReliable, "Three of its reports checked out against footage.");
        var incident = await seed.IncidentAsync("Checkpoint executions at the bridge", "al-Bukamal");
        await seed.ClaimAsync(incident, source, "Four men were shot at the checkpoint.");
        await SignInAsync(page, await Ledger.RegisterAsync("legal"));

        await page.GotoAsync("/sources?q=sound+and+picture+page");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sound and Picture page" }).ClickAsync();

        await Expect(page.GetByTestId("source-name")).ToHaveTextAsync("Sound and Picture page");
        await Expect(page.GetByTestId("source-reliability")).ToContainTextAsync("B");
        var claim = page.GetByTestId("source-claim");
        await Expect(claim).ToContainTextAsync("Four men were shot at the checkpoint.");
        await Expect(claim).ToContainTextAsync("unverified");
        await Expect(page.GetByTestId("grading")).ToHaveTextAsync([new Regex("(?s)F .*amira.*graded when registered"), new Regex("(?s)B .*youssef.*Three of its reports checked out")]);

        await claim.GetByRole(AriaRole.Link, new() { Name = "Checkpoint executions at the bridge" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/incidents/{incident}"));
    });
}
