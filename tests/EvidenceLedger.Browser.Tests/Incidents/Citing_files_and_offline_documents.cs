using System.Security.Cryptography;
using System.Text;
using EvidenceLedger.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Incidents;

public sealed class Citing_files_and_offline_documents(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    [Fact]
    public Task A_claim_cites_an_uploaded_file_shown_with_its_download_link_sha256_and_size() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "amira");
        var incident = await seed.IncidentAsync("Gun battle in al-Bukamal", "al-Bukamal");
        await seed.ClaimAsync(incident, await seed.SourceAsync("Badar Al-Khalaf"), "Four IS members were killed in a gun battle.");
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync($"/incidents/{incident}");
        var transcript = Encoding.UTF8.GetBytes($"Interview transcript T-17 ({Guid.NewGuid():N}): four IS members were killed.");
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(transcript));

        var cite = await ClaimActions.OpenAsync(page.GetByTestId("claim-card"), "cite-form");
        await cite.GetByLabel("Document title").FillAsync("Interview with a resident");
        await cite.GetByLabel("A file to upload").CheckAsync();
        await cite.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "interview T-17.txt", MimeType = "text/plain", Buffer = transcript });
        await cite.GetByLabel("Excerpt relied on (exact words)").FillAsync("four IS members were killed");
        await cite.GetByRole(AriaRole.Button, new() { Name = "Add the citation" }).ClickAsync();

        var citation = page.GetByTestId("citation");
        await Expect(citation.GetByTestId("cited-file-sha256")).ToHaveTextAsync(sha256);
        await Expect(citation.GetByTestId("cited-file")).ToContainTextAsync($"text/plain, {transcript.Length} bytes");
        var download = await page.RunAndWaitForDownloadAsync(() => citation.GetByRole(AriaRole.Link, new() { Name = "interview T-17.txt" }).ClickAsync());
        await using var downloaded = await download.CreateReadStreamAsync();
        using var bytes = new MemoryStream();
        await downloaded.CopyToAsync(bytes);
        Assert.Equal(transcript, bytes.ToArray());
    });

    [Fact]
    public Task A_claim_cites_an_offline_document_by_where_it_is_kept() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "amira");
        var incident = await seed.IncidentAsync("Statement of the local council", "al-Bukamal");
        await seed.ClaimAsync(incident, await seed.SourceAsync("Local council of al-Bukamal"), "The council condemned the attack.");
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync($"/incidents/{incident}");

        var cite = await ClaimActions.OpenAsync(page.GetByTestId("claim-card"), "cite-form");
        await cite.GetByLabel("Document title").FillAsync("Signed statement of the local council");
        await cite.GetByLabel("An offline document").CheckAsync();
        await cite.GetByLabel("Where it is kept").FillAsync("Archive box 14, shelf mark DZ-2015/117");
        await cite.GetByLabel("Excerpt relied on (exact words)").FillAsync("The council condemns the attack");
        await cite.GetByRole(AriaRole.Button, new() { Name = "Add the citation" }).ClickAsync();

        await Expect(page.GetByTestId("citation").GetByTestId("offline-reference")).ToContainTextAsync("Archive box 14, shelf mark DZ-2015/117");
    });

    [Fact]
    public Task Choosing_to_upload_without_a_file_asks_for_the_file() => InBrowserAsync(async page =>
    {
        var seed = new Seed(Ledger, "amira");
        var incident = await seed.IncidentAsync("Shelling of the old market", "Deir ez-Zor");
        await seed.ClaimAsync(incident, await seed.SourceAsync("Deir ez-Zor 24"), "Three shells hit the old market.");
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));
        await page.GotoAsync($"/incidents/{incident}");

        var cite = await ClaimActions.OpenAsync(page.GetByTestId("claim-card"), "cite-form");
        await cite.GetByLabel("Document title").FillAsync("Photograph of the market");
        await cite.GetByLabel("A file to upload").CheckAsync();
        await cite.GetByLabel("Excerpt relied on (exact words)").FillAsync("three shells");
        await cite.GetByRole(AriaRole.Button, new() { Name = "Add the citation" }).ClickAsync();

        await Expect(page.GetByTestId("cite-form")).ToContainTextAsync("Choose the file to upload.");
        await Expect(page.GetByTestId("citation")).ToHaveCountAsync(0);
    });
}
