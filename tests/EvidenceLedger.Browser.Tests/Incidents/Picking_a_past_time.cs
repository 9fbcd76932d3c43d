using EvidenceLedger.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Incidents;

public sealed class Picking_a_past_time(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    [Fact]
    public Task The_picker_takes_any_millisecond_as_the_browser_writes_it() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, await Ledger.RegisterAsync("auditor"));
        await page.GotoAsync("/incidents");
        var picker = page.Locator("#asOf");

        foreach (var (instant, typed) in new[]
        {
            ("2026-11-21T08:28:09.320Z", "2026-11-21T08:28:09.32"),
            ("2026-11-21T08:28:09.300Z", "2026-11-21T08:28:09.3"),
            ("2026-11-21T08:28:09.123Z", "2026-11-21T08:28:09.123"),
            ("2026-11-21T08:28:09.000Z", "2026-11-21T08:28:09"),
            ("2026-11-21T08:28:00.000Z", "2026-11-21T08:28"),
            ("2026-11-21T08:28:00.010Z", "2026-11-21T08:28:00.01"),
            ("2026-11-21T08:28:09.3201Z", "2026-11-21T08:28:09.321"),
        })
        {
            var value = PickerValue.AtOrAfter(instant);
            Assert.Equal(typed, value);
            await picker.FillAsync(value);
            await Expect(picker).ToHaveValueAsync(typed);
        }
    });
}
