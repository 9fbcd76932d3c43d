using System.Net;
using System.Net.Http.Json;
using EvidenceLedger.Server.Health;
using EvidenceLedger.Testing.Server;
using Microsoft.Extensions.DependencyInjection;

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
    public async Task Live_answers_200_and_ready_answers_200_once_nothing_is_awaited()
    {
        using var client = server.Anonymous();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task Ready_answers_503_naming_what_it_waits_for_while_live_stays_200()
    {
        using var client = server.Anonymous();
        var readiness = server.Services.GetRequiredService<Readiness>();

        using (readiness.WaitFor("the demo data set"))
        {
            var ready = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.NotNull(ready.Headers.RetryAfter);
            var body = await ready.Content.ReadFromJsonAsync<ReadyBody>();
            Assert.Equal(["the demo data set"], body!.WaitingFor);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_is_served()
    {
        using var client = server.Anonymous();
        var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"openapi\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private sealed record ReadyBody(string Status, string[] WaitingFor);
}
