using System.Net;
using EvidenceLedger.Server.CommandLine;
using EvidenceLedger.Server.Users;
using EvidenceLedger.Testing.Server;

namespace EvidenceLedger.Server.Tests.Users;

/// <summary>`./ops/ledger users …`: the operator on the host runs accounts without any admin token.</summary>
public sealed class Managing_users_on_the_host(LedgerServer server) : IClassFixture<LedgerServer>
{
    [Fact]
    public async Task The_operator_adds_a_user_lists_them_issues_a_token_and_revokes_them()
    {
        var accounts = server.Get<UserAccounts>();

        var (added, addOutput, _) = await RunAsync(accounts, "add", "Hana Host", "auditor");
        var token = addOutput.Trim().Split('\n')[^1].Trim();
        var (listed, listOutput, _) = await RunAsync(accounts, "list");
        var (issued, tokenOutput, _) = await RunAsync(accounts, "token", "hana host");
        var second = tokenOutput.Trim().Split('\n')[^1].Trim();

        Assert.Equal((0, 0, 0), (added, listed, issued));
        Assert.Matches(@"Hana Host\s+auditor\s+active", listOutput);
        using (var first = server.WithToken(token))
        using (var other = server.WithToken(second))
        {
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/incidents")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/incidents")).StatusCode);
        }

        var (revoked, _, _) = await RunAsync(accounts, "revoke", "Hana Host");

        Assert.Equal(0, revoked);
        using var client = server.WithToken(second);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/incidents")).StatusCode);
        Assert.Matches(@"Hana Host\s+auditor\s+revoked", (await RunAsync(accounts, "list")).Output);
    }

    [Fact]
    public async Task Unknown_users_and_bad_input_are_refused_with_their_exit_codes()
    {
        var accounts = server.Get<UserAccounts>();

        var missing = await RunAsync(accounts, "revoke", "nobody-here");
        var badRole = await RunAsync(accounts, "add", "Bad Role", "emperor");

        Assert.Equal(1, missing.Exit);
        Assert.Contains("no user named 'nobody-here'", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, badRole.Exit);
        Assert.Contains("role", badRole.Error, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(UserAccounts accounts, string verb, string? name = null, string? role = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await UsersCommand.RunAsync(accounts, verb, name, role, "operator:test", output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
