using EvidenceLedger.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Roles;

public sealed class What_each_role_is_offered(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    [Fact]
    public Task Each_role_sees_only_the_actions_it_may_take() => InBrowserAsync(async _ =>
    {
        var incident = await SeedIncidentAsync();

        var documenter = await OpenIncidentAsAsync("documenter", incident);
        await Expect(documenter.GetByTestId("log-claim")).ToBeVisibleAsync();
        await Expect(documenter.GetByTestId("log-claim-form")).ToHaveCountAsync(1);
        await Expect(documenter.GetByTestId("correct-form")).ToHaveCountAsync(1);
        await Expect(documenter.GetByTestId("as-of-picker")).ToHaveCountAsync(0);
        await Expect(documenter.GetByTestId("export-link")).ToHaveCountAsync(0);
        await Expect(documenter.GetByRole(AriaRole.Link, new() { Name = "Provenance timeline" })).ToHaveCountAsync(0);

        var legal = await OpenIncidentAsAsync("legal", incident);
        await Expect(legal.GetByTestId("export-link")).ToBeVisibleAsync();
        await Expect(legal.GetByRole(AriaRole.Link, new() { Name = "Exports", Exact = true })).ToBeVisibleAsync();
        await Expect(legal.GetByTestId("log-claim-form")).ToHaveCountAsync(0);
        await Expect(legal.GetByTestId("correct-form")).ToHaveCountAsync(0);
        // Legal sees the trail it exports: the as-of picker, read-only.
        await Expect(legal.GetByTestId("as-of-picker")).ToBeVisibleAsync();

        var auditor = await OpenIncidentAsAsync("auditor", incident);
        await Expect(auditor.GetByTestId("as-of-picker")).ToBeVisibleAsync();
        await Expect(auditor.GetByRole(AriaRole.Link, new() { Name = "Provenance timeline" })).ToBeVisibleAsync();
        await Expect(auditor.GetByRole(AriaRole.Link, new() { Name = "Verify ledger" })).ToBeVisibleAsync();
        await Expect(auditor.GetByTestId("log-claim-form")).ToHaveCountAsync(0);
        await Expect(auditor.GetByTestId("export-link")).ToHaveCountAsync(0);
        await Expect(auditor.GetByRole(AriaRole.Link, new() { Name = "Record an incident" })).ToHaveCountAsync(0);
    });

    [Fact]
    public Task A_write_the_page_did_not_offer_is_still_refused_by_the_server() => InBrowserAsync(async _ =>
    {
        var incident = await SeedIncidentAsync();
        var legal = await OpenIncidentAsAsync("legal", incident);
        var antiforgery = await legal.Locator("input[name=__antiforgery]").First.InputValueAsync();
        var claimId = await legal.GetByTestId("claim-card").GetAttributeAsync("id");

        var response = await legal.Context.APIRequest.PostAsync($"/incidents/{incident}?handler=Correct", new()
        {
            Form = legal.Context.APIRequest.CreateFormData()
                .Set("__antiforgery", antiforgery)
                .Set("claimId", Guid.ParseExact(claimId!["claim-".Length..], "N").ToString())
                .Set("statement", "Nobody was hurt.")
                .Set("reason", "Legal would rather it read so.")
                .Set("expectedVersion", "2"),
            MaxRedirects = 0,
        });

        Assert.Equal(403, response.Status);
        await legal.ReloadAsync();
        await Expect(legal.GetByTestId("claim-statement")).ToHaveTextAsync("Two men were detained at the checkpoint.");
        await Expect(legal.GetByTestId("incident-version")).ToHaveTextAsync("2");
    });

    [Fact]
    public Task A_form_posted_without_its_antiforgery_token_is_refused() => InBrowserAsync(async _ =>
    {
        var incident = await SeedIncidentAsync();
        var documenter = await OpenIncidentAsAsync("documenter", incident);
        var claimId = await documenter.GetByTestId("claim-card").GetAttributeAsync("id");

        var response = await documenter.Context.APIRequest.PostAsync($"/incidents/{incident}?handler=Retract", new()
        {
            Form = documenter.Context.APIRequest.CreateFormData()
                .Set("claimId", Guid.ParseExact(claimId!["claim-".Length..], "N").ToString())
                .Set("reason", "Posted from another site.")
                .Set("expectedVersion", "2"),
            MaxRedirects = 0,
        });

        Assert.Equal(400, response.Status);
        Assert.Contains("This form was not accepted", await response.TextAsync(), StringComparison.Ordinal);
        await documenter.ReloadAsync();
        await Expect(documenter.GetByTestId("retracted-mark")).ToHaveCountAsync(0);
    });

    [Fact]
    public Task A_legal_user_downloads_the_provenance_bundle_and_finds_the_export_on_record() => InBrowserAsync(async _ =>
    {
        var incident = await SeedIncidentAsync();
        var legal = await OpenIncidentAsAsync("legal", incident);

        var exportForm = legal.GetByTestId("export-form");
        await exportForm.GetByLabel("Reason for the export").FillAsync("Requested by counsel for case 2016/14");
        // An export waits until the Merkle log holds every event (up to 30 s), and the log waits for every older write
        // transaction in the cluster: on CI's two cores, beside the server tests, that can outlast the default timeout.
        var download = await legal.RunAndWaitForDownloadAsync(() => exportForm.GetByTestId("export-button").ClickAsync(new() { Timeout = 60_000 }), new() { Timeout = 60_000 });

        Assert.Null(await download.FailureAsync());
        Assert.Equal($"incident-{incident:D}-provenance-", download.SuggestedFilename[..^"20151125T090000Z.zip".Length]);
        var bundle = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal("PK"u8.ToArray(), bundle[..2]);

        await legal.GetByRole(AriaRole.Link, new() { Name = "Past exports of this incident" }).ClickAsync();
        var row = legal.GetByTestId("export-row");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Requested by counsel for case 2016/14");
        await Expect(row).ToContainTextAsync("Detentions at the Hajin checkpoint");
        await Expect(row.GetByTestId("export-sha256")).ToHaveTextAsync(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bundle)));

        var again = await legal.RunAndWaitForDownloadAsync(() => row.GetByTestId("download-again").ClickAsync());
        Assert.Null(await again.FailureAsync());
        Assert.Equal(download.SuggestedFilename, again.SuggestedFilename);
        Assert.Equal(bundle, await File.ReadAllBytesAsync(await again.PathAsync()));

        // Legal sees the trail it exported: the export on the incident's provenance page.
        await legal.GotoAsync($"/incidents/{incident:D}/provenance");
        await Expect(legal.GetByTestId("incident-export")).ToContainTextAsync("Requested by counsel for case 2016/14");
    });

    private async Task<Guid> SeedIncidentAsync()
    {
        var seed = new Seed(Ledger, "amira");
        var incident = await seed.IncidentAsync("Detentions at the Hajin checkpoint", "Hajin");
        await seed.ClaimAsync(incident, await seed.SourceAsync("Hajin Now"), "Two men were detained at the checkpoint.");
        return incident;
    }

    private async Task<IPage> OpenIncidentAsAsync(string role, Guid incident)
    {
        var page = await SignedInPageAsync(await Ledger.RegisterAsync(role));
        await page.GotoAsync($"/incidents/{incident}");
        return page;
    }
}
