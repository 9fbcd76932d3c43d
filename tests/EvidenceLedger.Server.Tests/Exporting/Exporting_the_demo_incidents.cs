using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Server.CommandLine;
using EvidenceLedger.Server.Evidence.Incidents;
using EvidenceLedger.Server.Evidence.Incidents.Searching;
using EvidenceLedger.Server.Exporting.Building;
using EvidenceLedger.Server.Exporting.VerifyingBundles;
using EvidenceLedger.Server.Integrity.Keys;
using EvidenceLedger.Testing.Server;
using Microsoft.Extensions.DependencyInjection;

namespace EvidenceLedger.Server.Tests.Exporting;

public sealed class Exporting_the_demo_incidents(LedgerServer server) : IClassFixture<LedgerServer>
{
    [Fact]
    public async Task Every_demo_incident_exports_to_a_bundle_that_verifies()
    {
        await DemoCommand.LoadAsync(server.Services, CancellationToken.None);
        var incidents = await server.Services.GetRequiredService<IncidentQueries>().SearchAsync(new IncidentFilter(), ReadLimit.None);
        var exporter = server.Services.GetRequiredService<IncidentExporter>();
        var key = TrustedKeys.Of(server.Services.GetRequiredService<LedgerPublicKey>().VerifierKey);

        Assert.NotEmpty(incidents.Items);
        foreach (var incident in incidents.Items)
        {
            var export = await exporter.ExportAsync(incident.Id, "legal-demo", "Demo walkthrough");

            var verification = BundleVerifier.Verify(export!.Bundle, key);
            Assert.True(verification.Confirmed, $"{incident.Title}: {verification.Failure}");
            Assert.Equal(incident.Version, export.Record.IncidentVersion);
        }
    }
}
