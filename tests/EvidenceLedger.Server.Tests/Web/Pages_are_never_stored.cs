using EvidenceLedger.Testing.Server;

namespace EvidenceLedger.Server.Tests.Web;

public sealed class Pages_are_never_stored(LedgerServer server) : IClassFixture<LedgerServer>
{
    [Theory]
    [InlineData("/sign-in")]
    [InlineData("/incidents")]
    public async Task A_page_is_neither_stored_nor_reused_without_asking_and_says_so_the_way_antiforgery_does(string path)
    {
        using var client = server.Anonymous();
        client.DefaultRequestHeaders.Add("Cookie", $"ledger_session={LedgerServer.AdminToken}");

        using var response = await client.GetAsync(path);

        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        // Antiforgery logs a warning on every page with a form whose headers lack no-cache: the log stays quiet.
        Assert.True(response.Headers.CacheControl is { NoStore: true, NoCache: true }, $"{path}: Cache-Control {response.Headers.CacheControl}");
        Assert.Contains("no-cache", response.Headers.Pragma.Select(p => p.Name));
    }
}
