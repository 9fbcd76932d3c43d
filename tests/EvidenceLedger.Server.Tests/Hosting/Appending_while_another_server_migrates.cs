using System.Net;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;
using Npgsql;

namespace EvidenceLedger.Server.Tests.Hosting;

/// <summary>
/// A server starting beside this one runs Marten's migration, which recreates Marten's append function without the
/// owner's rights the ledger then gives it back: in between, an append is a 503 to retry, never a 500, and appends nothing.
/// </summary>
public sealed class Appending_while_another_server_migrates(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    private async Task AppendFunctionRunsAsItsCaller(bool asCaller)
    {
        await using var connection = new NpgsqlConnection(server.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"ALTER FUNCTION ledger.mt_quick_append_events {(asCaller ? "SECURITY INVOKER" : "SECURITY DEFINER")}", connection);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task An_append_in_the_window_is_a_503_to_retry_and_appends_nothing()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var admin = await server.As(Role.Admin);
        var before = await admin.SourceEventCount(source);

        await AppendFunctionRunsAsItsCaller(true);
        HttpResponseMessage refused;
        try
        {
            refused = await documenter.PostJson($"/api/sources/{source}/aliases", new { alias = "SyriaDirect.org" });
        }
        finally
        {
            await AppendFunctionRunsAsItsCaller(false);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(before, await admin.SourceEventCount(source));
        await (await documenter.PostJson($"/api/sources/{source}/aliases", new { alias = "SyriaDirect.org" })).Expect(HttpStatusCode.OK);
    }
}
