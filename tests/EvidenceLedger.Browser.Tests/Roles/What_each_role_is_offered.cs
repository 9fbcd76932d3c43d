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
        await Expect(documenter.GetByTestId("log-claim-form")).ToBeVisibleAsync();
        await Expect(documenter.GetByTestId("correct-form")).ToHaveCountAsync(1);
        await Expect(documenter.GetByTestId("as-of-picker")).ToHaveCountAsync(0);
        await Expect(documenter.GetByTestId("export-link")).ToHaveCountAsync(0);
        await Expect(documenter.GetByRole(AriaRole.Link, new() { Name = "Provenance timeline" })).ToHaveCountAsync(0);

        var legal = await OpenIncidentAsAsync("legal", incident);
        await Expect(legal.GetByTestId("export-link")).ToBeVisibleAsync();
        await Expect(legal.GetByRole(AriaRole.Link, new() { Name = "Exports" })).ToBeVisibleAsync();
        await Expect(legal.GetByTestId("log-claim-form")).ToHaveCountAsync(0);
        await Expect(legal.GetByTestId("correct-form")).ToHaveCountAsync(0);
        await Expect(legal.GetByTestId("as-of-picker")).ToHaveCountAsync(0);

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
    public Task A_legal_user_downloads_the_provenance_bundle_of_an_incident() => InBrowserAsync(async _ =>
    {
        var incident = await SeedIncidentAsync();
        var legal = await OpenIncidentAsAsync("legal", incident);

        var download = await legal.RunAndWaitForDownloadAsync(() => legal.GetByTestId("export-link").ClickAsync());

        Assert.Null(await download.FailureAsync());
        var path = await download.PathAsync();
        Assert.True(new FileInfo(path).Length > 0, "The downloaded bundle is empty.");
        Assert.Contains(incident.ToString(), download.SuggestedFilename + await File.ReadAllTextAsync(path), StringComparison.OrdinalIgnoreCase);
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
