using Microsoft.Playwright;

namespace EvidenceLedger.Browser.Tests.Support;

/// <summary>
/// One headless Chromium for the whole test process — Debian's, never a downloaded one. Each test isolates itself in
/// browser contexts of its own, so the test classes need no browser each: launching one costs about 1.8 s of CPU, and
/// there are more than forty classes.
/// </summary>
internal static class SharedChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly Lazy<Task<IBrowser>> Launched = new(LaunchAsync);

    public static Task<IBrowser> BrowserAsync() => Launched.Value;

    private static async Task<IBrowser> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"The browser tests drive Debian's Chromium at {ExecutablePath}: apt-get install chromium (ops/test does).");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        // Closed when the test process ends, so no Chromium outlives it.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            browser.CloseAsync().Wait(TimeSpan.FromSeconds(5));
            playwright.Dispose();
        };
        return browser;
    }
}
