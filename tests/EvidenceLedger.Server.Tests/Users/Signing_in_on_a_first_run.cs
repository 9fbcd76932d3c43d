using System.Net;
using EvidenceLedger.Server.Hosting;
using EvidenceLedger.Server.Users.Bootstrapping;
using EvidenceLedger.Testing.Server;

namespace EvidenceLedger.Server.Tests.Users;

/// <summary>A ledger nobody can sign in to (no admin, no configured token) makes its first admin and shows a sign-in link once.</summary>
public sealed class Signing_in_on_a_first_run(Signing_in_on_a_first_run.FirstRunServer server) : IClassFixture<Signing_in_on_a_first_run.FirstRunServer>
{
    public sealed class FirstRunServer : LedgerServer
    {
        protected override IEnumerable<KeyValuePair<string, string?>> Configuration => [new("Ledger:BootstrapAdminToken", "")];
    }

    [Fact]
    public async Task The_banner_shows_a_link_holding_the_first_admins_token()
    {
        using var banner = new StringWriter();

        StartupBanner.Print(server.Services, banner);

        var link = banner.ToString().Split(' ', '\n').Single(word => word.Contains("/sign-in#token=", StringComparison.Ordinal)).Trim();
        var token = Uri.UnescapeDataString(link[(link.IndexOf("#token=", StringComparison.Ordinal) + "#token=".Length)..]);
        Assert.StartsWith("elt_", token, StringComparison.Ordinal);
        Assert.Equal(token, server.Get<FirstRunSignIn>().Token);
        using var admin = server.WithToken(token);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/users")).StatusCode);
    }
}
