using System.Net;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Evidence.Claims;

public sealed class Retracting_claims(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    private async Task<(Guid Incident, Guid Claim, Guid Source)> RetractedClaim()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.OppositionMilitarySource);
        var incident = await documenter.RecordIncident(DeirEzZor.TwoWeeksOfLosses);
        var claim = await documenter.RecordClaim(incident, DeirEzZor.ThirtyKilledClaim(source));
        await (await documenter.PostJson($"/api/incidents/{incident}/claims/{claim}/retraction",
            new { reason = "The figure could not be traced to any named source" })).Expect(HttpStatusCode.OK);
        return (incident, claim, source);
    }

    [Fact]
    public async Task A_retracted_claim_stays_on_record_with_who_when_and_why()
    {
        var (incident, claim, _) = await RetractedClaim();

        var read = await (await server.As(Role.Legal)).Claim(incident, claim);

        Assert.True(read.GetProperty("retracted").GetBoolean());
        Assert.Equal(DeirEzZor.ThirtyKilledStatement, read.Str("statement"));
        var retraction = read.GetProperty("retraction");
        Assert.Equal("The figure could not be traced to any named source", retraction.Str("reason"));
        Assert.StartsWith("documenter-", retraction.Str("actor"), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> ChangesToARetractedClaim => new()
    {
        { "corrections", """{"statement":"more than 31 IS members","reason":"figure"}""" },
        { "citations", """{"title":"Syria Direct","url":"https://syriadirect.org/a","excerpt":"more than 30 IS members"}""" },
        { "verifications", """{"method":"source_check","outcome":"supports","notes":"Called the source"}""" },
        { "assessment", """{"status":"discredited","credibility":5,"rationale":"No one confirms it"}""" },
        { "retraction", """{"reason":"again"}""" },
    };

    [Theory]
    [MemberData(nameof(ChangesToARetractedClaim))]
    public async Task A_retracted_claim_cannot_be_corrected_cited_verified_assessed_or_retracted_again(string route, string body)
    {
        var (incident, claim, _) = await RetractedClaim();
        var admin = await server.As(Role.Admin);
        var before = await admin.EventCount(incident);

        var problem = await (await (await server.As(Role.Documenter)).PostRaw($"/api/incidents/{incident}/claims/{claim}/{route}", body))
            .Expect(HttpStatusCode.Conflict);

        Assert.Equal("claimId", problem.Str("field"));
        Assert.Contains("retracted", problem.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(before, await admin.EventCount(incident));
    }

    [Fact]
    public async Task A_retraction_needs_a_reason()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());
        var claim = await documenter.RecordClaim(incident, DeirEzZor.GunBattleClaim(source));

        var problem = await (await documenter.PostJson($"/api/incidents/{incident}/claims/{claim}/retraction", new { reason = " " })).Expect(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(2, await (await server.As(Role.Admin)).EventCount(incident));
    }

    [Fact]
    public async Task Search_by_status_no_longer_finds_an_incident_through_a_retracted_claim()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SoundAndPicture);
        var incident = await documenter.RecordIncident(DeirEzZor.MayadeenArrests);
        var claim = await documenter.RecordClaim(incident, new { statement = "IS arrested dozens of young men in al-Mayadeen", sourceId = source, credibility = 3 });
        await (await documenter.PostJson($"/api/incidents/{incident}/claims/{claim}/assessment", new { status = "contested", credibility = 4, rationale = "Denied by residents" }))
            .Expect(HttpStatusCode.OK);
        Assert.Contains(incident, await Found(documenter, "?status=contested"));

        await (await documenter.PostJson($"/api/incidents/{incident}/claims/{claim}/retraction", new { reason = "Mixed up with the January arrests" })).Expect(HttpStatusCode.OK);

        Assert.DoesNotContain(incident, await Found(documenter, "?status=contested"));
    }

    private static async Task<List<Guid>> Found(HttpClient client, string query) =>
        (await client.GetJson("/api/incidents" + query)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
}
