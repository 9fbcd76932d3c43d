using System.Text.RegularExpressions;
using EvidenceLedger.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Users;

public sealed class Running_accounts_in_the_browser(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    [Fact]
    public Task An_admin_adds_a_user_sees_their_token_once_changes_their_role_and_revokes_them() => InBrowserAsync(async admin =>
    {
        await SignInAsync(admin, await Ledger.RegisterAsync("admin", "Nadia Admin"));
        await admin.GetByRole(AriaRole.Link, new() { Name = "Users" }).ClickAsync();
        await Expect(admin).ToHaveURLAsync(new Regex("/users$"));

        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync("Tariq Newcomer");
        await admin.Locator("#add-role").SelectOptionAsync("documenter");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add and show their token" }).ClickAsync();

        var token = (await admin.GetByTestId("token").TextContentAsync())!.Trim();
        Assert.StartsWith("elt_", token, StringComparison.Ordinal);
        var row = admin.Locator("[data-testid=user-row][data-user='Tariq Newcomer']");
        await Expect(row.GetByTestId("token-state")).ToContainTextAsync("active");

        var tariq = await OpenPageAsync();
        await tariq.GotoAsync($"/sign-in#token={Uri.EscapeDataString(token)}");
        await Expect(tariq.GetByTestId("signed-in-role")).ToHaveTextAsync("documenter");

        await admin.ReloadAsync();
        Assert.Equal(0, await admin.GetByTestId("token").CountAsync());
        await row.GetByText("Change…").ClickAsync();
        await row.Locator("select[name=role]").SelectOptionAsync("legal");
        await row.GetByLabel("Reason", new() { Exact = true }).FillAsync("moved to the legal team");
        await row.GetByRole(AriaRole.Button, new() { Name = "Change role" }).ClickAsync();
        await Expect(admin.GetByTestId("done")).ToContainTextAsync("Tariq Newcomer is now legal");

        var again = admin.Locator("[data-testid=user-row][data-user='Tariq Newcomer']");
        await again.GetByText("Change…").ClickAsync();
        admin.Dialog += (_, dialog) => dialog.AcceptAsync();
        await again.GetByLabel("Reason for revoking").FillAsync("left the organisation");
        await again.GetByRole(AriaRole.Button, new() { Name = "Revoke every token" }).ClickAsync();
        await Expect(admin.GetByTestId("done")).ToContainTextAsync("revoked");
        await Expect(admin.Locator("[data-testid=user-row][data-user='Tariq Newcomer']").GetByTestId("token-state")).ToContainTextAsync("revoked");

        await tariq.GotoAsync("/incidents");
        await Expect(tariq).ToHaveURLAsync(new Regex("/sign-in"));
    });

    [Fact]
    public Task An_admin_sees_what_each_actor_has_recorded_once_the_background_count_reaches_it() => InBrowserAsync(async admin =>
    {
        await SignInAsync(admin, await Ledger.RegisterAsync("admin", "Nadia Counting"));
        await admin.GotoAsync("/users");
        var nadia = admin.Locator("[data-testid=user-row][data-user='Nadia Counting']");
        await Expect(nadia.GetByTestId("user-activity")).ToContainTextAsync("nothing yet");

        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync("Rami Counted");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add and show their token" }).ClickAsync();
        await Expect(admin.GetByTestId("done")).ToContainTextAsync("Rami Counted can now sign in");

        // Counted in the background: a reload shows the count once the daemon has reached it.
        for (var reloads = 0; await nadia.GetByTestId("acts").CountAsync() == 0 && reloads < 100; reloads++)
        {
            await Task.Delay(100);
            await admin.GotoAsync("/users");
        }
        await Expect(nadia.GetByTestId("acts")).ToHaveTextAsync("2 acts");
        await Expect(nadia.GetByTestId("user-activity")).ToContainTextAsync("user_token_issued");
        await Expect(admin.Locator("[data-testid=user-row][data-user='Rami Counted']").GetByTestId("user-activity")).ToContainTextAsync("nothing yet");
        await Expect(admin.Locator("[data-testid=other-actor-row][data-actor='system:bootstrap']")).ToContainTextAsync("acts");
    });

    [Fact]
    public Task A_look_alike_name_is_refused_next_to_the_field() => InBrowserAsync(async admin =>
    {
        await Ledger.RegisterAsync("legal", "Rel Legal");
        await SignInAsync(admin, await Ledger.RegisterAsync("admin", "Nadia Second"));
        await admin.GotoAsync("/users");

        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync("rel_legal");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add and show their token" }).ClickAsync();

        await Expect(admin.Locator("#name-error")).ToContainTextAsync("Rel Legal");
        await Expect(admin.GetByLabel("Name", new() { Exact = true })).ToHaveValueAsync("rel_legal");
    });

    [Fact]
    public Task Only_admins_see_the_users_page() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, await Ledger.RegisterAsync("documenter"));

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Users" })).ToHaveCountAsync(0);
        var response = await page.GotoAsync("/users");

        Assert.Equal(403, response!.Status);
    });
}
