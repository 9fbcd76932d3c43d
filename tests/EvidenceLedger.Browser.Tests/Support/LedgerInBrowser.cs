using EvidenceLedger.Testing.Server;
using Microsoft.Playwright;

namespace EvidenceLedger.Browser.Tests.Support;

/// <summary>
/// A test class's fixture: the real server (Kestrel on a loopback port over a fresh database), on the test process's one
/// headless Chromium (<see cref="SharedChromium"/>), in which each of the class's tests opens browser contexts of its own.
/// </summary>
public sealed class LedgerInBrowser : LedgerServer
{
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");

    /// <summary>Checkpoints signed within a fraction of a second, so a test sees one without waiting the production interval.</summary>
    protected override IEnumerable<KeyValuePair<string, string?>> Configuration => [new("Ledger:CheckpointInterval", "0.2")];

    protected override int GeneratedNameLength => 16;

    public override async Task InitializeAsync() => await Task.WhenAll(base.InitializeAsync(), LaunchBrowserAsync());

    private async Task LaunchBrowserAsync() => _browser = await SharedChromium.BrowserAsync();
}
