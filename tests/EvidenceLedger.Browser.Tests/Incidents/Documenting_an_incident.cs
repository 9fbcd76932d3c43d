using System.Text.RegularExpressions;
using EvidenceLedger.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Incidents;

public sealed class Documenting_an_incident(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    [Fact]
    public Task A_documenter_records_a_claim_corrects_it_sees_the_difference_and_an_auditor_sees_it_as_it_was() => InBrowserAsync(async page =>
    {
        var amira = await Ledger.RegisterAsync("documenter", "Amira Haddad");
        await SignInAsync(page, amira);

        await page.GetByRole(AriaRole.Link, new() { Name = "Record an incident" }).ClickAsync();
        await page.GetByLabel("Title").FillAsync("Killings at the al-Bukamal checkpoint");
        await page.GetByLabel("When it occurred").FillAsync("2015-11");
        await page.GetByLabel("Place name").FillAsync("al-Bukamal");
        await page.GetByLabel("Other spellings of the place").FillAsync("Albu Kamal\nالبوكمال");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the incident" }).ClickAsync();
        await Expect(page.GetByTestId("incident-title")).ToHaveTextAsync("Killings at the al-Bukamal checkpoint");
        await Expect(page.GetByTestId("done")).ToHaveTextAsync("The incident was recorded.");

        var register = page.GetByTestId("register-source-form");
        await register.Locator("summary").ClickAsync();
        await register.GetByLabel("Source name").FillAsync("Syria Direct");
        await register.GetByLabel("Kind").SelectOptionAsync("Media");
        await register.GetByLabel("Reliability").SelectOptionAsync("UsuallyReliable");
        await register.GetByRole(AriaRole.Button, new() { Name = "Register the source" }).ClickAsync();
        await Expect(page.GetByTestId("done")).ToContainTextAsync("The source was registered");

        var logClaim = page.GetByTestId("log-claim-form");
        await Expect(logClaim.GetByLabel("Source")).ToHaveValueAsync(new Regex("^[0-9a-f-]{36}$"));
        await logClaim.GetByLabel("Statement").FillAsync("Four civilians were killed at the checkpoint.");
        await logClaim.GetByLabel("Count as reported").FillAsync("four civilians killed");
        await logClaim.GetByRole(AriaRole.Button, new() { Name = "Log the claim" }).ClickAsync();
        var card = page.GetByTestId("claim-card");
        await Expect(card.GetByTestId("claim-statement")).ToHaveTextAsync("Four civilians were killed at the checkpoint.");
        await Expect(card).ToContainTextAsync("Syria Direct");
        await Expect(card).ToContainTextAsync("graded B · usually reliable");
        await Expect(card.GetByTestId("count-as-reported")).ToHaveTextAsync("“four civilians killed”");
        await Expect(card.GetByTestId("count-reading")).ToHaveTextAsync("read as exactly 4");

        var correct = await ClaimActions.OpenAsync(card, "correct-form");
        await correct.GetByLabel("Corrected statement").FillAsync("Six civilians were killed at the checkpoint.");
        await correct.GetByLabel("Reason for the correction").FillAsync("A second witness named six victims.");
        await correct.GetByRole(AriaRole.Button, new() { Name = "Record the correction" }).ClickAsync();
        await Expect(card.GetByTestId("claim-statement")).ToHaveTextAsync("Six civilians were killed at the checkpoint.");
        await Expect(card).ToContainTextAsync("corrected 1 time");

        await card.GetByTestId("claim-history-link").ClickAsync();
        var diff = page.GetByTestId("diff");
        await Expect(diff.Locator("del")).ToHaveTextAsync("Four");
        await Expect(diff.Locator("ins")).ToHaveTextAsync("Six");
        await Expect(diff).ToHaveTextAsync("FourSix civilians were killed at the checkpoint.");
        await Expect(page.GetByTestId("wording-reason").Nth(1)).ToHaveTextAsync("A second witness named six victims.");
        await Expect(page.GetByTestId("wording").Nth(1)).ToContainTextAsync("Amira Haddad");
        var originalAt = await page.GetByTestId("wording").First.Locator("time").GetAttributeAsync("datetime");
        var incidentUrl = page.Url[..page.Url.IndexOf("/claims/", StringComparison.Ordinal)];

        // A documenter may not look into the past: no picker, and the address alone is refused.
        await page.GotoAsync(incidentUrl);
        await Expect(page.GetByTestId("as-of-picker")).ToHaveCountAsync(0);
        var refused = await page.GotoAsync(incidentUrl + "?asOf=2015-01-01T00:00");
        Assert.Equal(403, refused!.Status);

        var auditor = await SignedInPageAsync(await Ledger.RegisterAsync("auditor", "Karim Auditor"));
        await auditor.GotoAsync(incidentUrl);
        await auditor.Locator("#asOf").FillAsync(PickerValue.AtOrAfter(originalAt!));
        await auditor.GetByRole(AriaRole.Button, new() { Name = "Show as of this time" }).ClickAsync();
        await Expect(auditor.GetByTestId("as-of-banner")).ToContainTextAsync("Viewing the ledger as it stood at");
        await Expect(auditor.GetByTestId("claim-statement")).ToHaveTextAsync("Four civilians were killed at the checkpoint.");
        await Expect(auditor.GetByTestId("correct-form")).ToHaveCountAsync(0);
        await Expect(auditor.GetByTestId("log-claim-form")).ToHaveCountAsync(0);

        await auditor.GetByRole(AriaRole.Link, new() { Name = "Back to the present" }).First.ClickAsync();
        await Expect(auditor.GetByTestId("as-of-banner")).ToHaveCountAsync(0);
        await Expect(auditor.GetByTestId("claim-statement")).ToHaveTextAsync("Six civilians were killed at the checkpoint.");
    });

    [Fact]
    public Task A_refused_correction_shows_why_at_its_field_keeps_what_was_typed_and_changes_nothing() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "youssef");
        var incident = await seed.IncidentAsync("Arrests at the bakery", "al-Mayadin");
        var claim = await seed.ClaimAsync(incident, await seed.SourceAsync("Deir ez-Zor 24"), "Twelve men were detained outside the bakery.");
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync($"/incidents/{incident}");
        await Expect(page.GetByTestId("incident-version")).ToHaveTextAsync("2");

        var correct = await ClaimActions.OpenAsync(page.GetByTestId("claim-card"), "correct-form");
        await correct.GetByLabel("Corrected statement").FillAsync("Fourteen men were detained outside the bakery.");
        await correct.GetByRole(AriaRole.Button, new() { Name = "Record the correction" }).ClickAsync();

        var reason = correct.GetByLabel("Reason for the correction");
        await Expect(reason).ToHaveAttributeAsync("aria-invalid", "true");
        var describedBy = (await reason.GetAttributeAsync("aria-describedby"))!.Split(' ');
        await Expect(page.Locator($"[id='{describedBy[^1]}']")).ToHaveTextAsync("A reason for the correction is required.");
        await Expect(correct.GetByLabel("Corrected statement")).ToHaveValueAsync("Fourteen men were detained outside the bakery.");
        await Expect(page.GetByTestId("claim-statement")).ToHaveTextAsync("Twelve men were detained outside the bakery.");
        await Expect(page.GetByTestId("incident-version")).ToHaveTextAsync("2");
        Assert.Equal(claim, Guid.Parse(await correct.Locator("input[name=claimId]").InputValueAsync()));
    });

    [Fact]
    public Task A_new_incident_with_an_impossible_date_is_refused_at_the_date_with_everything_typed_kept() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync("/incidents/new");
        await page.GetByLabel("Title").FillAsync("Raid on the hospital");
        await page.GetByLabel("When it occurred").FillAsync("2015-13-45");
        await page.GetByLabel("Place name").FillAsync("البوكمال");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the incident" }).ClickAsync();

        var occurred = page.GetByTestId("new-incident-form").Locator(".field.has-error");
        await Expect(occurred).ToHaveCountAsync(1);
        await Expect(occurred.Locator("label")).ToContainTextAsync("When it occurred");
        await Expect(page.GetByLabel("Title")).ToHaveValueAsync("Raid on the hospital");
        await Expect(page.GetByLabel("When it occurred")).ToHaveValueAsync("2015-13-45");
        await Expect(page.GetByLabel("Place name")).ToHaveValueAsync("البوكمال");
    });

    [Fact]
    public Task A_new_incident_with_half_its_coordinates_and_an_impossible_date_is_refused_at_every_field_at_once() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync("/incidents/new");
        await page.GetByLabel("Title").FillAsync("Shelling of the grain silo");
        await page.GetByLabel("When it occurred").FillAsync("2015-13-45");
        await page.GetByLabel("Place name").FillAsync("al-Mayadeen");
        await page.GetByLabel("Latitude").FillAsync("35.02");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the incident" }).ClickAsync();

        var refused = page.GetByTestId("new-incident-form").Locator(".field.has-error label");
        await Expect(refused).ToHaveCountAsync(3);
        await Expect(refused.Nth(0)).ToContainTextAsync("When it occurred");
        await Expect(page.GetByTestId("new-incident-form")).ToContainTextAsync("Give the longitude too");
        await Expect(page.GetByLabel("Latitude")).ToHaveValueAsync("35.02");
    });

    [Fact]
    public Task Without_javascript_a_documenter_cites_verifies_assesses_and_retracts_a_claim() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "youssef");
        var incident = await seed.IncidentAsync("Clashes in the old souq", "al-Bukamal", ["البوكمال"]);
        await seed.ClaimAsync(incident, await seed.SourceAsync("Sound and Picture"), "Fighters clashed in the old souq for three hours.");
        await seed.SourceAsync("Euphrates Post");
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync($"/incidents/{incident}");
        var card = page.GetByTestId("claim-card");

        var cite = await ClaimActions.OpenAsync(card, "cite-form");
        await cite.GetByLabel("Document title").FillAsync("اشتباكات في السوق القديم");
        await cite.GetByLabel("Address (URL)").FillAsync("https://example.org/reports/souq");
        await cite.GetByLabel("Published on").FillAsync("2015-06-02");
        await cite.GetByLabel("Excerpt relied on (exact words)").FillAsync("استمرت الاشتباكات ثلاث ساعات في السوق القديم");
        await cite.GetByRole(AriaRole.Button, new() { Name = "Add the citation" }).ClickAsync();
        await Expect(card.GetByTestId("citation")).ToContainTextAsync("استمرت الاشتباكات ثلاث ساعات");

        var verify = await ClaimActions.OpenAsync(card, "verify-form");
        await verify.GetByLabel("Method").SelectOptionAsync("CrossReference");
        await verify.GetByLabel("Outcome").SelectOptionAsync("Supports");
        await verify.GetByLabel("Source relied on").SelectOptionAsync(new SelectOptionValue { Label = "Euphrates Post (B · media)" });
        await verify.GetByLabel("What was checked and found").FillAsync("Euphrates Post reports the same clashes, same hours.");
        await verify.GetByRole(AriaRole.Button, new() { Name = "Record the step" }).ClickAsync();
        await Expect(card.GetByTestId("verification-step")).ToContainTextAsync("cross reference");
        await Expect(card.GetByTestId("supporting-sources")).ToHaveTextAsync("2");

        var assess = await ClaimActions.OpenAsync(card, "assess-form");
        await assess.GetByLabel("Status").SelectOptionAsync("Corroborated");
        await assess.GetByLabel("Credibility").SelectOptionAsync("ProbablyTrue");
        await assess.GetByLabel("Rationale").FillAsync("Two independent outlets agree.");
        await assess.GetByRole(AriaRole.Button, new() { Name = "Record the assessment" }).ClickAsync();
        await Expect(card.GetByTestId("claim-status")).ToHaveTextAsync("corroborated");

        var retract = await ClaimActions.OpenAsync(card, "retract-form");
        await retract.GetByLabel("Reason for the retraction").FillAsync("Both outlets withdrew their reports.");
        await retract.GetByRole(AriaRole.Button, new() { Name = "Retract the claim" }).ClickAsync();
        await Expect(card.GetByTestId("retracted-mark")).ToHaveTextAsync("RETRACTED");
        await Expect(card).ToContainTextAsync("Both outlets withdrew their reports.");
        await Expect(card.GetByTestId("correct-form")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("incident-version")).ToHaveTextAsync("6");
    }, javaScript: false);
}
