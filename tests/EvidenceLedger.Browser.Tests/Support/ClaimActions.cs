using Microsoft.Playwright;

namespace EvidenceLedger.Browser.Tests.Support;

/// <summary>A claim's forms sit behind its "Act on this claim" disclosure, one open at a time: opens it, then the chosen one.</summary>
public static class ClaimActions
{
    /// <param name="card">The claim's card (or a page with one claim).</param>
    /// <param name="form">The form's test id: correct-form, cite-form, verify-form, assess-form or retract-form.</param>
    public static async Task<ILocator> OpenAsync(ILocator card, string form)
    {
        ArgumentNullException.ThrowIfNull(card);
        var actions = card.GetByTestId("claim-actions");
        if (await actions.GetAttributeAsync("open") is null)
            await actions.Locator("> summary").ClickAsync();
        var chosen = actions.GetByTestId(form);
        if (await chosen.GetAttributeAsync("open") is null)
            await chosen.Locator("> summary").ClickAsync();
        return chosen;
    }
}
