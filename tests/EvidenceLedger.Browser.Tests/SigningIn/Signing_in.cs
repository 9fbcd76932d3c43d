using System.Text.RegularExpressions;
using EvidenceLedger.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.SigningIn;

public sealed class Signing_in(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    [Fact]
    public Task A_user_signs_in_with_a_token_sees_their_name_and_role_and_signs_out() => InBrowserAsync(async page =>
    {
        var amira = await Ledger.RegisterAsync("documenter", "Amira Haddad");

        await page.GotoAsync("/incidents");
        await Expect(page).ToHaveURLAsync(new Regex("/sign-in"));
        await SignInAsync(page, amira);

        await Expect(page).ToHaveURLAsync(new Regex("/incidents$"));
        await Expect(page.GetByTestId("signed-in-user")).ToContainTextAsync("Amira Haddad");
        await Expect(page.GetByTestId("signed-in-role")).ToHaveTextAsync("documenter");
        var session = Assert.Single(await page.Context.CookiesAsync(), cookie => cookie.Name == "ledger_session");
        Assert.True(session.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, session.SameSite);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/sign-in"));
        await page.GotoAsync("/incidents");
        await Expect(page).ToHaveURLAsync(new Regex("/sign-in"));
    });

    [Fact]
    public Task A_first_run_link_signs_in_at_once_and_leaves_no_token_in_the_address_bar() => InBrowserAsync(async page =>
    {
        var admin = await Ledger.RegisterAsync("admin", "First Admin");

        // The link the start-up banner prints on a first run: the sign-in page, the token in its fragment.
        await page.GotoAsync($"/sign-in#token={Uri.EscapeDataString(admin.Token)}");

        await Expect(page).ToHaveURLAsync(new Regex("/incidents$"));
        await Expect(page.GetByTestId("signed-in-user")).ToContainTextAsync("First Admin");
        await page.GoBackAsync();
        Assert.DoesNotContain(admin.Token, page.Url, StringComparison.Ordinal);
    });

    [Fact]
    public Task An_unknown_token_is_refused_next_to_the_field() => InBrowserAsync(async page =>
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Access token").FillAsync("elt_not-a-real-token");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.Locator("#token-error")).ToContainTextAsync("not recognised");
        Assert.DoesNotContain(await page.Context.CookiesAsync(), cookie => cookie.Name == "ledger_session");
    });
}
