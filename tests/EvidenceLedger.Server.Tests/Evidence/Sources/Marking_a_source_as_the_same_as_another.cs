using System.Net;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Evidence.Sources;

public sealed class Marking_a_source_as_the_same_as_another(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    [Fact]
    public async Task Afterwards_the_marked_source_says_which_it_is_and_a_claim_counts_them_as_one_supporting_source()
    {
        var documenter = await server.As(Role.Documenter);
        var direct = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var twice = await documenter.RegisterSource(new { name = "SyriaDirect.org", kind = "media", reliability = "C" });
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());
        var claim = await documenter.RecordClaim(incident, DeirEzZor.GunBattleClaim(direct));
        await (await documenter.PostJson($"/api/incidents/{incident}/claims/{claim}/verifications",
            new { method = "cross_reference", outcome = "supports", notes = "The same report, on its other site.", sourceId = twice })).Expect(HttpStatusCode.Created);
        Assert.Equal(2, (await documenter.Claim(incident, claim)).GetProperty("distinctSupportingSources").GetInt32());

        var response = await documenter.PostJson($"/api/sources/{twice}/same-as", new { sourceId = direct, reason = "Its other web site." });

        var written = await response.Expect(HttpStatusCode.OK);
        Assert.Equal(twice, written.GetProperty("id").GetGuid());
        var marked = await documenter.GetJson($"/api/sources/{twice}");
        Assert.Equal(direct, marked.GetProperty("sameAsSourceId").GetGuid());
        Assert.False((await documenter.GetJson($"/api/sources/{direct}")).TryGetProperty("sameAsSourceId", out _));
        var counted = await documenter.Claim(incident, claim);
        Assert.Equal(1, counted.GetProperty("distinctSupportingSources").GetInt32());
        Assert.Equal([direct], counted.GetProperty("supportingSourceIds").EnumerateArray().Select(id => id.GetGuid()));
    }

    [Fact]
    public async Task Two_reports_of_one_source_never_confirm_a_claim_once_marked_the_same()
    {
        var documenter = await server.As(Role.Documenter);
        var direct = await documenter.RegisterSource(new { name = $"Confirmwave network {Guid.NewGuid():N}", kind = "media", reliability = "B" });
        var mirror = await documenter.RegisterSource(new { name = $"Confirmwave mirror {Guid.NewGuid():N}", kind = "media", reliability = "B" });
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());
        var claim = await documenter.RecordClaim(incident, DeirEzZor.GunBattleClaim(direct));
        await (await documenter.PostJson($"/api/incidents/{incident}/claims/{claim}/verifications",
            new { method = "cross_reference", outcome = "supports", notes = "Reports the same.", sourceId = mirror })).Expect(HttpStatusCode.Created);
        await (await documenter.PostJson($"/api/sources/{mirror}/same-as", new { sourceId = direct, reason = "Its mirror site." })).Expect(HttpStatusCode.OK);
        var admin = await server.As(Role.Admin);
        var before = await admin.EventCount(incident);

        var refused = await (await documenter.PostJson($"/api/incidents/{incident}/claims/{claim}/assessment",
            new { status = "corroborated", credibility = 1, rationale = "Two sources." })).Expect(HttpStatusCode.BadRequest);

        Assert.Contains("this claim has 1", refused.GetProperty("errors").GetProperty("credibility")[0].GetString()!, StringComparison.Ordinal);
        Assert.Equal(before, await admin.EventCount(incident));
    }

    [Fact]
    public async Task The_same_as_itself_or_an_unknown_source_is_a_400_naming_sourceId_and_appends_nothing()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(new { name = "Hajin Now", kind = "social_media", reliability = "E" });

        foreach (var other in new[] { source, Guid.NewGuid() })
        {
            var problem = await (await documenter.PostJson($"/api/sources/{source}/same-as", new { sourceId = other, reason = "Same." })).Expect(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("sourceId", out _));
        }
        var both = await (await documenter.PostJson($"/api/sources/{source}/same-as", new { })).Expect(HttpStatusCode.BadRequest);
        Assert.True(both.GetProperty("errors").TryGetProperty("sourceId", out _));
        Assert.True(both.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(1, await (await server.As(Role.Admin)).SourceEventCount(source));
    }

    [Fact]
    public async Task Marks_never_chain_either_way()
    {
        var documenter = await server.As(Role.Documenter);
        var first = await documenter.RegisterSource(new { name = "Euphrates Post", kind = "media", reliability = "C" });
        var second = await documenter.RegisterSource(new { name = "Euphrates Post EN", kind = "media", reliability = "C" });
        var third = await documenter.RegisterSource(new { name = "EuphratesPost", kind = "media", reliability = "C" });
        await (await documenter.PostJson($"/api/sources/{second}/same-as", new { sourceId = first, reason = "English edition." })).Expect(HttpStatusCode.OK);

        var ontoMarked = await documenter.PostJson($"/api/sources/{third}/same-as", new { sourceId = second, reason = "Same outlet." });
        var markingTheOneKept = await documenter.PostJson($"/api/sources/{first}/same-as", new { sourceId = third, reason = "Same outlet." });

        Assert.Equal("sourceId", (await ontoMarked.Expect(HttpStatusCode.Conflict)).Str("field"));
        Assert.Equal("sourceId", (await markingTheOneKept.Expect(HttpStatusCode.Conflict)).Str("field"));
    }

    [Fact]
    public async Task Readers_may_not_mark_sources()
    {
        var source = await (await server.As(Role.Documenter)).RegisterSource(new { name = "Deir ez-Zor 24", kind = "social_media", reliability = "D" });
        var response = await (await server.As(Role.Auditor)).PostJson($"/api/sources/{source}/same-as", new { sourceId = source, reason = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
