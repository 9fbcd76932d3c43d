using Microsoft.Playwright;

namespace EvidenceLedger.Browser.Tests.Bundles;

/// <summary>verify.html opened from disk, as a clerk opens it from the unzipped bundle: no server, no network.</summary>
public sealed class OfflinePage(IPage page)
{
    public ILocator Verdict => page.GetByTestId("verdict");

    public ILocator Check(string id) => page.GetByTestId($"check-{id}");

    public ILocator Elapsed => page.GetByTestId("elapsed");

    public async Task OpenAsync(string unzippedFolder)
    {
        var url = new Uri(Path.Combine(unzippedFolder, "verify.html")).AbsoluteUri;
        await page.GotoAsync(url);
        // The page wires its inputs once it has found the browser able to check (Web Crypto's Ed25519).
        await page.Locator("body[data-state='ready']").WaitForAsync();
    }

    public Task PickZipAsync(string zipFile) => page.GetByLabel("The bundle's zip file").SetInputFilesAsync(zipFile);

    public Task PickFolderAsync(string folder) => page.GetByLabel("or the folder it was unzipped into").SetInputFilesAsync(folder);

    public Task PasteKeyAsync(string verifierKey) => page.GetByLabel("The ledger's key as your organisation publishes it").FillAsync(verifierKey);

    /// <summary>Presses "Check the bundle" and waits until the page has finished checking.</summary>
    public async Task CheckAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the bundle" }).ClickAsync();
        await page.Locator("body[data-state='done']").WaitForAsync(new() { Timeout = 60_000 });
    }

    public async Task<string> VerdictAsync() => await Verdict.InnerTextAsync();
}
