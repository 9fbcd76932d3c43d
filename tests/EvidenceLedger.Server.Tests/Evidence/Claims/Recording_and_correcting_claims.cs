using System.Net;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Evidence.Claims;

public sealed class Recording_and_correcting_claims(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    [Fact]
    public async Task A_claim_is_recorded_unverified_with_its_source_grade_and_count_range()
    {
        var documenter = await server.As(Role.Documenter);
        var syriaDirect = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.TwoWeeksOfLosses);

        var response = await documenter.PostJson($"/api/incidents/{incident}/claims", DeirEzZor.ThirtyKilledClaim(syriaDirect));

        var created = await response.Expect(HttpStatusCode.Created);
        var claimId = created.GetProperty("id").GetGuid();
        Assert.Equal(2, created.GetProperty("version").GetInt64());
        Assert.Equal("\"2\"", response.ETag());
        Assert.Equal($"/api/incidents/{incident:D}/claims/{claimId:D}", response.Headers.Location!.OriginalString);

        var claim = await documenter.Claim(incident, claimId);
        Assert.Equal(DeirEzZor.ThirtyKilledStatement, claim.Str("statement"));
        Assert.Equal("unverified", claim.Str("status"));
        Assert.Equal("doubtful", claim.Str("credibility"));
        Assert.Equal("4", claim.Str("credibilityCode"));
        Assert.Equal("B4", claim.Str("admiraltyCode"));
        Assert.Equal(31, claim.GetProperty("count").GetProperty("min").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, claim.GetProperty("count").GetProperty("max").ValueKind);
        Assert.Equal("IS members killed", claim.GetProperty("count").Str("subject"));
        var source = claim.GetProperty("source");
        Assert.Equal(syriaDirect, source.GetProperty("id").GetGuid());
        Assert.Equal("Syria Direct", source.Str("name"));
        Assert.Equal("B", source.Str("reliabilityCode"));
        Assert.Equal(0, claim.GetProperty("correctionCount").GetInt32());
        Assert.False(claim.GetProperty("retracted").GetBoolean());
        Assert.Equal(1, claim.GetProperty("distinctSupportingSources").GetInt32());
    }

    [Fact]
    public async Task A_claim_from_an_unregistered_source_is_a_400_naming_sourceId_and_appends_nothing()
    {
        var documenter = await server.As(Role.Documenter);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());

        var problem = await (await documenter.PostJson($"/api/incidents/{incident}/claims", DeirEzZor.GunBattleClaim(Guid.NewGuid()))).Expect(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("sourceId", out _), problem.ToString());
        Assert.Equal(1, await (await server.As(Role.Admin)).EventCount(incident));
    }

    [Theory]
    [InlineData("""{"sourceId":"{source}"}""", "statement")]
    [InlineData("""{"statement":"On Wednesday, four IS members were killed"}""", "sourceId")]
    [InlineData("""{"statement":"On Wednesday, four IS members were killed","sourceId":"{source}","credibility":1}""", "credibility")]
    [InlineData("""{"statement":"On Wednesday, four IS members were killed","sourceId":"{source}","credibility":"7"}""", "credibility")]
    [InlineData("""{"statement":"On Wednesday, four IS members were killed","sourceId":"{source}","count":{"min":5,"max":4,"subject":"IS members killed"}}""", "count.max")]
    [InlineData("""{"statement":"On Wednesday, four IS members were killed","sourceId":"{source}","count":{"min":-4,"subject":"IS members killed"}}""", "count.min")]
    [InlineData("""{"statement":"On Wednesday, four IS members were killed","sourceId":"{source}","count":{"min":"four","subject":"IS members killed"}}""", "count.min")]
    [InlineData("""{"statement":"On Wednesday, four IS members were killed","sourceId":"{source}","count":"countless"}""", "count")]
    [InlineData("""{"statement":"On Wednesday, four IS members were killed","sourceId":"{source}","count":{"min":4}}""", "count.subject")]
    public async Task A_missing_or_out_of_range_claim_field_is_a_400_naming_it_and_appends_nothing(string body, string field)
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.OppositionMilitarySource);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());

        var problem = await (await documenter.PostRaw($"/api/incidents/{incident}/claims", body.Replace("{source}", source.ToString(), StringComparison.Ordinal)))
            .Expect(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"The problem should name '{field}': {problem}");
        Assert.Equal(1, await (await server.As(Role.Admin)).EventCount(incident));
    }

    [Fact]
    public async Task A_claim_on_an_unknown_incident_is_a_404()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var unknown = Guid.NewGuid();

        await (await documenter.PostJson($"/api/incidents/{unknown}/claims", DeirEzZor.GunBattleClaim(source))).Expect(HttpStatusCode.NotFound);

        await (await (await server.As(Role.Admin)).GetAsync($"/api/incidents/{unknown}/history")).Expect(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_correction_replaces_the_statement_and_keeps_the_earlier_wording_with_its_reason()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());
        var claim = await documenter.RecordClaim(incident, DeirEzZor.GunBattleClaim(source));

        var response = await documenter.PostJson($"/api/incidents/{incident}/claims/{claim}/corrections",
            new { statement = "On Wednesday 18 November, four IS members were killed in a gun battle with unknown gunmen", reason = "Date and attackers named in the same interview" });

        var written = await response.Expect(HttpStatusCode.OK);
        Assert.Equal(claim, written.GetProperty("id").GetGuid());
        Assert.Equal(3, written.GetProperty("version").GetInt64());
        Assert.Equal("\"3\"", response.ETag());
        var read = await documenter.Claim(incident, claim);
        Assert.Equal("On Wednesday 18 November, four IS members were killed in a gun battle with unknown gunmen", read.Str("statement"));
        Assert.Equal(1, read.GetProperty("correctionCount").GetInt32());
        var wordings = read.GetProperty("wordings").EnumerateArray().ToList();
        Assert.Equal(DeirEzZor.GunBattleStatement, wordings[0].Str("statement"));
        Assert.Equal("Date and attackers named in the same interview", wordings[1].Str("reason"));
        Assert.Equal("Date and attackers named in the same interview", (await (await server.As(Role.Admin)).History(incident))[^1].Str("reason"));
    }

    [Theory]
    [InlineData("""{"statement":"Four IS members were killed"}""", "reason")]
    [InlineData("""{"statement":"   ","reason":"typo"}""", "statement")]
    [InlineData("""{"statement":"On Wednesday, four IS members were killed in a gun battle","reason":"no change"}""", "statement")]
    public async Task A_correction_without_a_reason_or_a_new_statement_is_a_400_and_appends_nothing(string body, string field)
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());
        var claim = await documenter.RecordClaim(incident, DeirEzZor.GunBattleClaim(source));

        var problem = await (await documenter.PostRaw($"/api/incidents/{incident}/claims/{claim}/corrections", body)).Expect(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"The problem should name '{field}': {problem}");
        Assert.Equal(2, await (await server.As(Role.Admin)).EventCount(incident));
    }

    [Fact]
    public async Task Correcting_an_unknown_claim_is_a_404_and_appends_nothing()
    {
        var documenter = await server.As(Role.Documenter);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());

        var problem = await (await documenter.PostJson($"/api/incidents/{incident}/claims/{Guid.NewGuid()}/corrections", new { statement = "x", reason = "y" }))
            .Expect(HttpStatusCode.NotFound);

        Assert.Equal("claimId", problem.Str("field"));
        Assert.Equal(1, await (await server.As(Role.Admin)).EventCount(incident));
    }

    [Fact]
    public async Task A_body_naming_an_actor_is_refused_for_the_actor_is_always_the_signed_in_user()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());

        var problem = await (await documenter.PostJson($"/api/incidents/{incident}/claims", new { statement = DeirEzZor.GunBattleStatement, sourceId = source, actor = "mallory" }))
            .Expect(HttpStatusCode.BadRequest);
        await (await documenter.PostJson($"/api/incidents/{incident}/claims", new { statement = DeirEzZor.GunBattleStatement, sourceId = source }))
            .Expect(HttpStatusCode.Created);

        Assert.True(problem.GetProperty("errors").TryGetProperty("actor", out _), problem.ToString());
        var events = await (await server.As(Role.Admin)).History(incident);
        Assert.Equal(2, events.Length);
        Assert.All(events, e => Assert.StartsWith("documenter-", e.Str("actor"), StringComparison.Ordinal));
    }
}
