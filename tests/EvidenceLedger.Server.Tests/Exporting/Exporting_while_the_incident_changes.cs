using System.Net;
using EvidenceLedger.Server.Exporting.VerifyingBundles;
using EvidenceLedger.Server.Integrity.Keys;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Tests.Exporting.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Exporting;

public sealed class Exporting_while_the_incident_changes(ExportServer server) : IClassFixture<ExportServer>
{
    [Fact]
    public async Task Every_bundle_exported_during_a_stream_of_corrections_is_one_consistent_state()
    {
        var incident = await server.DocumentAsync();
        var documenter = await server.As(Role.Documenter);
        var legal = await server.As(Role.Legal);
        using var stop = new CancellationTokenSource();
        var corrected = 0;
        var corrections = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                Interlocked.Increment(ref corrected);
                await (await documenter.PostJson($"/api/incidents/{incident.IncidentId}/claims/{incident.ClaimId}/corrections",
                    new { statement = $"On Wednesday 18 November, four IS members were killed in a gun battle (revision {i})", reason = $"Revision {i}" }))
                    .Expect(HttpStatusCode.OK);
            }
        });

        var exported = new List<byte[]>();
        for (var i = 0; i < 6; i++)
        {
            using var response = await legal.GetAsync($"/api/incidents/{incident.IncidentId}/export");
            Assert.True(response.StatusCode is HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            exported.Add(await response.Content.ReadAsByteArrayAsync());
        }
        await stop.CancelAsync();
        await corrections;

        Assert.True(corrected > 1, "the incident was not being corrected while it was exported");
        var key = TrustedKeys.Of(server.Get<LedgerPublicKey>().VerifierKey);
        Assert.All(exported, zip =>
        {
            var verification = BundleVerifier.Verify(zip, key);
            Assert.True(verification.Confirmed, verification.Failure?.ToString());
        });
    }
}
