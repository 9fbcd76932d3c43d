using System.Net;
using EvidenceLedger.Server.Evidence.Incidents;
using EvidenceLedger.Server.Evidence.Sources;
using EvidenceLedger.Server.Hosting;
using EvidenceLedger.Server.Projections;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;
using Microsoft.Extensions.DependencyInjection;

namespace EvidenceLedger.Server.Tests.Evidence.Projections;

public sealed class Rebuilding_the_evidence_projections(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    [Fact]
    public async Task Rebuilding_the_evidence_documents_from_their_streams_gives_exactly_the_same_reads()
    {
        var documenter = await server.As(Role.Documenter);
        var syriaDirect = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var soundAndPicture = await documenter.RegisterSource(DeirEzZor.SoundAndPicture);
        var gunBattle = await documenter.RecordIncident(DeirEzZor.GunBattle());
        var losses = await documenter.RecordIncident(DeirEzZor.TwoWeeksOfLosses);
        var claim = await documenter.RecordClaim(gunBattle, DeirEzZor.GunBattleClaim(syriaDirect));
        var thirty = await documenter.RecordClaim(losses, DeirEzZor.ThirtyKilledClaim(soundAndPicture));
        await (await documenter.PostJson($"/api/incidents/{gunBattle}/claims/{claim}/verifications",
            new { method = "cross_reference", outcome = "supports", notes = "Same attack", sourceId = soundAndPicture })).Expect(HttpStatusCode.Created);
        await (await documenter.PostJson($"/api/incidents/{gunBattle}/claims/{claim}/assessment",
            new { status = "confirmed", credibility = 1, rationale = "Two independent accounts" })).Expect(HttpStatusCode.OK);
        await (await documenter.PostJson($"/api/incidents/{losses}/claims/{thirty}/retraction", new { reason = "Unsourced" })).Expect(HttpStatusCode.OK);
        await (await documenter.PostJson($"/api/sources/{syriaDirect}/reliability", new { reliability = "A", rationale = "Consistently confirmed" })).Expect(HttpStatusCode.OK);
        var reads = new[] { $"/api/incidents/{gunBattle}", $"/api/incidents/{losses}", "/api/incidents", "/api/incidents?status=confirmed", "/api/sources" };
        var before = await Task.WhenAll(reads.Select(async url => (await documenter.GetJson(url)).GetRawText()));

        var rebuilds = server.Services.GetRequiredService<ProjectionRebuilds>();
        await rebuilds.RebuildAsync(rebuilds.Documents, onlyChanged: false, CancellationToken.None);

        var after = await Task.WhenAll(reads.Select(async url => (await documenter.GetJson(url)).GetRawText()));
        Assert.Equal(before, after);
    }
}
