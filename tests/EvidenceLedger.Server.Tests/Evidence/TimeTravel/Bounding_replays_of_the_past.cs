using System.Net;
using EvidenceLedger.Server.Evidence.Replaying;
using EvidenceLedger.Testing.Server;

namespace EvidenceLedger.Server.Tests.Evidence.TimeTravel;

/// <summary>Lists as of the past replay the whole log: only a few run at once, and the rest are told when to come back.</summary>
public sealed class Bounding_replays_of_the_past(LedgerServer server) : IClassFixture<LedgerServer>
{
    [Fact]
    public async Task Beyond_the_limit_a_list_of_the_past_is_a_429_with_retry_after_while_the_present_is_served()
    {
        var limiter = server.Get<ReplayLimiter>();
        using var auditor = await server.ClientFor("auditor");
        var asOf = $"asOf={DateTimeOffset.UtcNow:yyyy-MM-ddTHH:mm:ssZ}";

        HttpResponseMessage refused, sources, present;
        using (limiter.Enter())
        using (limiter.Enter())
        {
            refused = await auditor.GetAsync($"/api/incidents?{asOf}");
            sources = await auditor.GetAsync($"/api/sources?{asOf}");
            present = await auditor.GetAsync("/api/incidents");
        }
        var afterwards = await auditor.GetAsync($"/api/incidents?{asOf}");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(ReplayLimiter.RetryAfterSeconds), refused.Headers.RetryAfter!.Delta);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.TooManyRequests, sources.StatusCode);
        Assert.Equal(HttpStatusCode.OK, present.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
    }
}
