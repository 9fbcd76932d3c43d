using System.Net;
using System.Text.Json;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Evidence.Claims;

public sealed class Dating_claims(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    [Theory]
    [InlineData("mid-November 2015", "2015-11-11/2015-11-20", "11–20 November 2015")]
    [InlineData("18/11/2015", "2015-11-18", "18 November 2015")]
    [InlineData("2015-11-18~", "2015-11-18~", "about 18 November 2015")]
    public async Task A_claim_dated_by_its_source_answers_the_edtf_and_its_reading_and_keeps_the_edtf_in_the_event(string given, string edtf, string reading)
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.TwoWeeksOfLosses);

        var claimId = await documenter.RecordClaim(incident, new { statement = "Four IS members were killed in a gun battle", sourceId = source, occurred = given });

        var claim = await documenter.Claim(incident, claimId);
        Assert.Equal(edtf, claim.Str("occurred"));
        Assert.Equal(reading, claim.Str("occurredReading"));
        var onTheIncident = (await documenter.Incident(incident)).GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == claimId);
        Assert.Equal(edtf, onTheIncident.Str("occurred"));
        var recorded = (await (await server.As(Role.Admin)).History(incident)).Single(e => e.Str("type") == "claim_recorded");
        Assert.Equal(edtf, recorded.GetProperty("data").Str("occurred"));
    }

    [Fact]
    public async Task A_claim_given_no_date_answers_null_for_the_date_and_its_reading()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());

        var claim = await documenter.Claim(incident, await documenter.RecordClaim(incident, DeirEzZor.GunBattleClaim(source)));

        Assert.Equal(JsonValueKind.Null, claim.GetProperty("occurred").ValueKind);
        Assert.Equal(JsonValueKind.Null, claim.GetProperty("occurredReading").ValueKind);
    }

    [Fact]
    public async Task An_unreadable_claim_date_is_a_400_naming_it_with_the_other_fields_at_fault_and_appends_nothing()
    {
        var documenter = await server.As(Role.Documenter);
        var admin = await server.As(Role.Admin);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());
        var before = await admin.EventCount(incident);

        var problem = await (await documenter.PostJson($"/api/incidents/{incident}/claims", new { statement = " ", sourceId = source, occurred = "the week after" }))
            .Expect(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.Contains("Forms that work", errors.GetProperty("occurred")[0].GetString()!, StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("statement", out _));
        Assert.Equal(before, await admin.EventCount(incident));
    }

    [Fact]
    public async Task A_claim_date_that_has_not_begun_yet_is_a_400()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());

        var problem = await (await documenter.PostJson($"/api/incidents/{incident}/claims", new { statement = "It will happen", sourceId = source, occurred = "9999" }))
            .Expect(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("occurred", out _));
    }

    [Fact]
    public async Task A_claim_re_dated_reads_the_new_date_and_its_provenance_keeps_the_old()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.TwoWeeksOfLosses);
        var claimId = await documenter.RecordClaim(incident, new { statement = "Four IS members were killed", sourceId = source, occurred = "8/11/2015" });

        var written = await (await documenter.PostJson($"/api/incidents/{incident}/claims/{claimId}/occurrence",
            new { occurred = "18/11/2015", reason = "Re-read the report: the 18th, not the 8th." })).Expect(HttpStatusCode.OK);

        Assert.Equal(claimId, written.GetProperty("id").GetGuid());
        var claim = await documenter.Claim(incident, claimId);
        Assert.Equal("2015-11-18", claim.Str("occurred"));
        var events = await (await server.As(Role.Admin)).History(incident);
        Assert.Equal("2015-11-08", events.Single(e => e.Str("type") == "claim_recorded").GetProperty("data").Str("occurred"));
        var redated = events.Single(e => e.Str("type") == "claim_occurrence_revised");
        Assert.Equal("2015-11-18", redated.GetProperty("data").Str("occurred"));
        Assert.Equal("Re-read the report: the 18th, not the 8th.", redated.Str("reason"));
    }

    [Fact]
    public async Task Re_dating_a_claim_to_an_unreadable_date_without_a_reason_names_both_and_appends_nothing()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.TwoWeeksOfLosses);
        var claimId = await documenter.RecordClaim(incident, new { statement = "Four IS members were killed", sourceId = source });
        var admin = await server.As(Role.Admin);
        var before = await admin.EventCount(incident);

        var problem = await (await documenter.PostJson($"/api/incidents/{incident}/claims/{claimId}/occurrence",
            new { occurred = "the week after", reason = "" })).Expect(HttpStatusCode.BadRequest);

        Assert.Equal(["occurred", "reason"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(before, await admin.EventCount(incident));
    }
}
