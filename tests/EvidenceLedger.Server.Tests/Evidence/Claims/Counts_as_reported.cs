using System.Text.Json;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Evidence.Claims;

public sealed class Counts_as_reported(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    [Fact]
    public async Task A_count_phrase_is_answered_exactly_as_given_beside_the_range_it_is_read_as()
    {
        var documenter = await server.As(Role.Documenter);
        var syriaDirect = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.TwoWeeksOfLosses);

        var claimId = await documenter.RecordClaim(incident, DeirEzZor.ThirtyKilledClaim(syriaDirect));

        var claim = await documenter.Claim(incident, claimId);
        Assert.Equal("more than 30 IS members killed", claim.Str("countAsReported"));
        Assert.Equal(31, claim.GetProperty("count").GetProperty("min").GetInt32());
        Assert.Equal("at least 31", claim.Str("countReading"));
    }

    [Theory]
    [InlineData("about 40 killed", 40, 40, "about 40 (approximate, no exact bound)")]
    [InlineData("around 40 civilians killed", 40, 40, "about 40 (approximate, no exact bound)")]
    [InlineData("approximately 200 families displaced", 200, 200, "about 200 (approximate, no exact bound)")]
    [InlineData("some 30 fighters", 30, 30, "about 30 (approximate, no exact bound)")]
    [InlineData("dozens of civilians wounded", 24, null, "at least 24")]
    [InlineData("several checkpoint guards died", 2, null, "at least 2")]
    [InlineData("hundreds of families", 200, null, "at least 200")]
    [InlineData("scores of fighters", 40, null, "at least 40")]
    [InlineData("up to 60 IS fighters killed", null, 60, "at most 60")]
    public async Task A_phrase_that_fixes_no_exact_bound_is_accepted_with_an_honest_reading(string phrase, int? min, int? max, string reading)
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());

        var claimId = await documenter.RecordClaim(incident, new { statement = "Fighters were killed", sourceId = source, count = phrase });

        var claim = await documenter.Claim(incident, claimId);
        var count = claim.GetProperty("count");
        Assert.Equal(phrase, claim.Str("countAsReported"));
        Assert.Equal(reading, claim.Str("countReading"));
        Assert.Equal(min, count.GetProperty("min").ValueKind == JsonValueKind.Null ? null : count.GetProperty("min").GetInt32());
        Assert.Equal(max, count.GetProperty("max").ValueKind == JsonValueKind.Null ? null : count.GetProperty("max").GetInt32());
    }

    [Fact]
    public async Task A_count_given_as_figures_has_no_phrase_but_still_a_reading()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());

        var claimId = await documenter.RecordClaim(incident, DeirEzZor.GunBattleClaim(source));

        var claim = await documenter.Claim(incident, claimId);
        Assert.Equal(JsonValueKind.Null, claim.GetProperty("countAsReported").ValueKind);
        Assert.Equal("exactly 4", claim.Str("countReading"));
    }

    [Fact]
    public async Task The_phrase_is_kept_in_the_event_itself()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());
        await documenter.RecordClaim(incident, new { statement = "About forty were killed", sourceId = source, count = "about 40 killed" });

        var recorded = (await (await server.As(Role.Admin)).History(incident)).Single(entry => entry.Str("type") == "claim_recorded");

        Assert.Equal("about 40 killed", recorded.GetProperty("data").GetProperty("count").Str("asReported"));
        Assert.True(recorded.GetProperty("data").GetProperty("count").GetProperty("approximate").GetBoolean());
    }
}
