using EvidenceLedger.Testing.Server;
using Microsoft.Playwright;

namespace EvidenceLedger.Browser.Tests.Support;

/// <summary>
/// A test class's fixture: the real server (Kestrel on a loopback port over a fresh database) and one headless Chromium —
/// Debian's, never a downloaded one — shared by the class's tests, each of which opens its own browser context.
/// </summary>
public sealed class LedgerInBrowser : LedgerServer
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    /// <summary>Checkpoints signed within a fraction of a second, so a test sees one without waiting the production interval.</summary>
    protected override IEnumerable<KeyValuePair<string, string?>> Configuration => [new("Ledger:CheckpointInterval", "0.2")];

    protected override int GeneratedNameLength => 16;

    public override async Task InitializeAsync() => await Task.WhenAll(base.InitializeAsync(), LaunchBrowserAsync());

    public override async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
    }

    private async Task LaunchBrowserAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"The browser tests drive Debian's Chromium at {ChromiumPath}: apt-get install chromium (ops/test does).");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }
}
