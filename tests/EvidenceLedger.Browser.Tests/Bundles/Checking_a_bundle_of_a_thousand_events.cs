using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit.Abstractions;
using EvidenceLedger.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Bundles;

/// <summary>
/// verify.html on the bundle of a long-documented incident (1,000 events, withheld protected-identity events among its
/// source's): it verifies, and the test reports how long the page took (the figure in the Exporting README).
/// </summary>
public sealed class Checking_a_bundle_of_a_thousand_events(LedgerInBrowser ledger, ITestOutputHelper output) : BrowserTest(ledger)
{
    [Fact]
    public Task A_bundle_of_a_thousand_events_is_verified_in_chromium() => InBrowserAsync(async page =>
    {
        var incident = await LongIncident.WriteAsync(Ledger, 1000);
        var bundle = await ExportedBundle.OfIncidentAsync(Ledger, incident);
        var offline = new OfflinePage(page);
        await offline.OpenAsync(bundle.Folder);

        var picking = Stopwatch.StartNew();
        await offline.PickZipAsync(bundle.ZipFile);
        await Expect(page.GetByTestId("picked")).ToContainTextAsync("files");
        picking.Stop();
        await offline.PasteKeyAsync(bundle.PublishedKey);
        var checking = Stopwatch.StartNew();
        await offline.CheckAsync();
        checking.Stop();

        await Expect(offline.Verdict).ToHaveTextAsync(new Regex("^VERIFIED — "));
        await Expect(offline.Check("events")).ToContainTextAsync(new Regex("All 1,0[0-9]{2} events in 2 histories"));
        output.WriteLine($"bundle {new FileInfo(bundle.ZipFile).Length / 1024} KiB; picking (unzip) {picking.ElapsedMilliseconds} ms; "
            + $"checking {checking.ElapsedMilliseconds} ms (the page says: {await offline.Elapsed.InnerTextAsync()})");
    });
}
