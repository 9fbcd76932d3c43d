using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace EvidenceLedger.Browser.Tests.Support;

/// <summary>
/// Base of the browser test classes: each test runs in its own browser context (its own cookies) on the class's shared
/// browser and server, and leaves a full-page screenshot behind when it fails.
/// </summary>
public abstract class BrowserTest(LedgerInBrowser ledger) : IClassFixture<LedgerInBrowser>
{
    private const float TimeoutMs = 15_000;

    protected LedgerInBrowser Ledger => ledger;

    protected async Task InBrowserAsync(Func<IPage, Task> test, ViewportSize? viewport = null, [CallerMemberName] string testName = "")
    {
        await using var context = await ledger.Browser.NewContextAsync(new()
        {
            BaseURL = ledger.BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = viewport ?? Viewports.Laptop,
            AcceptDownloads = true,
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(TimeoutMs);
        var page = await context.NewPageAsync();
        try
        {
            await test(page);
        }
        catch
        {
            await Screenshots.SaveAsync(page, GetType().Name, testName);
            throw;
        }
    }

    protected static async Task SignInAsync(IPage page, TestUser user)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Access token").FillAsync(user.Token);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("signed-in-user")).ToContainTextAsync(user.Name);
    }
}
