using System.Text.RegularExpressions;
using EvidenceLedger.Browser.Tests.Support;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Sources;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Sources;

public sealed class Changing_a_source(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    [Fact]
    public Task A_documenter_regrades_and_adds_an_alias_and_sees_every_problem_at_once() => InBrowserAsync(async page =>
    {
        var source = await new Seed(Ledger, "amira").SourceAsync("Euphrates Post", SourceKind.Media, SourceReliability.FairlyReliable);
        await SignInAsync(page, await Ledger.RegisterAsync("documenter", "youssef"));
        await page.GotoAsync($"/sources/{source}");

        var regrade = page.GetByTestId("regrade-form");
        await regrade.Locator("summary").ClickAsync();
        await regrade.GetByRole(AriaRole.Button, new() { Name = "Regrade" }).ClickAsync();
        await Expect(page.Locator("#regrade-reliability-error")).ToContainTextAsync("already graded C");
        await Expect(page.Locator("#regrade-rationale-error")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("grading")).ToHaveCountAsync(1);

        await regrade.GetByLabel("New grade").SelectOptionAsync(new SelectOptionValue { Label = "B · usually reliable" });
        await regrade.GetByLabel("Rationale").FillAsync("Its casualty figures matched the hospital lists.");
        await regrade.GetByRole(AriaRole.Button, new() { Name = "Regrade" }).ClickAsync();
        await Expect(page.GetByTestId("done")).ToHaveTextAsync("The source is regraded.");
        await Expect(page.GetByTestId("source-reliability")).ToContainTextAsync("B");
        await Expect(page.GetByTestId("grading").Last).ToContainTextAsync(new Regex("(?s)youssef.*matched the hospital lists"));

        var alias = page.GetByTestId("alias-form");
        await alias.Locator("summary").ClickAsync();
        await alias.GetByLabel("Alias").FillAsync("euphrates post");
        await alias.GetByRole(AriaRole.Button, new() { Name = "Add the alias" }).ClickAsync();
        await Expect(page.Locator("#add-alias-alias-error")).ToContainTextAsync("already known as");

        await page.GetByTestId("alias-form").GetByLabel("Alias").FillAsync("EuphratesPost");
        await page.GetByTestId("alias-form").GetByRole(AriaRole.Button, new() { Name = "Add the alias" }).ClickAsync();
        await Expect(page.GetByTestId("source-aliases")).ToContainTextAsync("EuphratesPost");
        await Expect(page.GetByTestId("identity-form")).ToHaveCountAsync(0);
    });

    [Fact]
    public Task Readers_get_no_forms() => InBrowserAsync(async page =>
    {
        var source = await new Seed(Ledger, "amira").SourceAsync("Raqqa Is Being Slaughtered Silently");
        await SignInAsync(page, await Ledger.RegisterAsync("auditor"));
        await page.GotoAsync($"/sources/{source}");
        await Expect(page.GetByTestId("source-name")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("source-forms")).ToHaveCountAsync(0);
    });

    [Fact]
    public Task An_admin_attaches_an_identity_and_shreds_it_only_after_confirming() => InBrowserAsync(async page =>
    {
        var source = await new Seed(Ledger, "amira").SourceAsync("Witness in Hajin", SourceKind.Individual);
        await SignInAsync(page, await Ledger.RegisterAsync("admin"));
        await page.GotoAsync($"/sources/{source}");

        var identity = page.GetByTestId("identity-form");
        await identity.Locator("summary").ClickAsync();
        await identity.GetByLabel("Real name").FillAsync("Ahmad al-Hajji");
        await identity.GetByRole(AriaRole.Button, new() { Name = "Save the identity" }).ClickAsync();
        await Expect(page.GetByTestId("identity-status")).ToContainTextAsync("protected");
        await page.GetByTestId("identity").Locator("summary").ClickAsync();
        await Expect(page.GetByTestId("identity")).ToContainTextAsync("Ahmad al-Hajji");

        var shred = page.GetByTestId("shred-form");
        await shred.Locator("summary").ClickAsync();
        await shred.GetByRole(AriaRole.Button, new() { Name = "Shred the identity" }).ClickAsync();
        await Expect(page.Locator("#shred-reason-error")).ToBeVisibleAsync();
        await Expect(page.Locator("#shred-confirm-error")).ToContainTextAsync("Tick the box");
        await Expect(page.GetByTestId("identity-status")).ToContainTextAsync("protected");

        shred = page.GetByTestId("shred-form");
        await shred.GetByLabel("Reason").FillAsync("The witness asked to be forgotten.");
        await shred.GetByRole(AriaRole.Checkbox).CheckAsync();
        await shred.GetByRole(AriaRole.Button, new() { Name = "Shred the identity" }).ClickAsync();
        await Expect(page.GetByTestId("done")).ToContainTextAsync("shredded");
        await Expect(page.GetByTestId("identity-status")).ToContainTextAsync("shredded");
        await Expect(page.GetByTestId("identity")).ToHaveCountAsync(0);
    });
}
