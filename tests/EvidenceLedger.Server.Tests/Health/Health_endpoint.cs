using System.Net;
using EvidenceLedger.Testing.Server;

namespace EvidenceLedger.Server.Tests.Health;

public sealed class Health_endpoint(LedgerServer server) : IClassFixture<LedgerServer>
{
    [Fact]
    public async Task Health_answers_200_without_a_token_once_the_server_is_ready()
    {
        using var client = server.Anonymous();
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_is_served()
    {
        using var client = server.Anonymous();
        var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"openapi\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
