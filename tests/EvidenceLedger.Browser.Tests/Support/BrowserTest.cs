using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace EvidenceLedger.Browser.Tests.Support;

/// <summary>
/// Base of the browser test classes: each test runs in browser contexts of its own (its own cookies: one signed-in person
/// each) on the class's shared browser and server, and leaves a full-page screenshot of every page behind when it fails.
/// </summary>
public abstract class BrowserTest(LedgerInBrowser ledger) : IClassFixture<LedgerInBrowser>
{
    private const float TimeoutMs = 15_000;
    private readonly List<IBrowserContext> _contexts = [];

    protected LedgerInBrowser Ledger => ledger;

    protected async Task InBrowserAsync(Func<IPage, Task> test, ViewportSize? viewport = null, bool javaScript = true,
        [CallerMemberName] string testName = "")
    {
        try
        {
            var page = await OpenPageAsync(viewport, javaScript);
            await test(page);
        }
        catch
        {
            for (var i = 0; i < _contexts.Count; i++)
            {
                foreach (var open in _contexts[i].Pages)
                    await Screenshots.SaveAsync(open, GetType().Name, i == 0 ? testName : $"{testName}-person{i + 1}");
            }
            throw;
        }
        finally
        {
            foreach (var context in _contexts)
                await context.DisposeAsync();
            _contexts.Clear();
        }
    }

    /// <summary>A page in a browser context of its own: another person at another computer.</summary>
    protected async Task<IPage> OpenPageAsync(ViewportSize? viewport = null, bool javaScript = true)
    {
        var context = await ledger.Browser.NewContextAsync(new()
        {
            BaseURL = ledger.BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = viewport ?? Viewports.Laptop,
            AcceptDownloads = true,
            Locale = "en-GB",
            TimezoneId = "UTC",
            JavaScriptEnabled = javaScript,
        });
        context.SetDefaultTimeout(TimeoutMs);
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    protected static async Task SignInAsync(IPage page, TestUser user)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Access token").FillAsync(user.Token);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("signed-in-user")).ToContainTextAsync(user.Name);
    }

    protected async Task<IPage> SignedInPageAsync(TestUser user, ViewportSize? viewport = null)
    {
        var page = await OpenPageAsync(viewport);
        await SignInAsync(page, user);
        return page;
    }
}
