using System.Net;
using System.Text.Json;
using EvidenceLedger.EventStore.Hashing;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;
using NodaTime.Text;

namespace EvidenceLedger.Server.Tests.Evidence.Incidents;

public sealed class Provenance_history(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    [Fact]
    public async Task Every_event_is_listed_in_order_with_position_version_type_who_when_why_data_and_hex_hash()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());
        var claim = await documenter.RecordClaim(incident, DeirEzZor.GunBattleClaim(source));
        await (await documenter.PostJson($"/api/incidents/{incident}/claims/{claim}/corrections",
            new { statement = "Last Wednesday, four IS members were killed in a gun battle", reason = "Quoted as said" })).Expect(HttpStatusCode.OK);
        await (await documenter.PostJson($"/api/incidents/{incident}/claims/{claim}/citations", DeirEzZor.SyriaDirectCitation)).Expect(HttpStatusCode.Created);

        var history = await (await server.As(Role.Auditor)).GetJson($"/api/incidents/{incident}/history");

        Assert.Equal("hex", history.Str("hashEncoding"));
        Assert.Equal($"incident-{incident:D}", history.Str("streamId"));
        Assert.Equal(4, history.GetProperty("version").GetInt64());
        var events = history.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(["incident_recorded", "claim_recorded", "claim_corrected", "claim_cited"], events.Select(e => e.Str("type")));
        Assert.Equal([1L, 2L, 3L, 4L], events.Select(e => e.GetProperty("version").GetInt64()));
        var positions = events.Select(e => e.GetProperty("position").GetInt64()).ToList();
        Assert.Equal(positions.Order(), positions);
        Assert.All(events, e => Assert.StartsWith("documenter-", e.Str("actor"), StringComparison.Ordinal));
        Assert.Equal("Quoted as said", events[2].Str("reason"));
        Assert.Equal(DeirEzZor.GunBattleStatement, events[1].GetProperty("data").Str("statement"));
        Assert.All(events, e => Assert.Matches("^[0-9a-f]{64}$", e.Str("hash")));
        Assert.Equal(JsonValueKind.Null, events[0].GetProperty("previousHash").ValueKind);
        for (var i = 1; i < events.Count; i++) Assert.Equal(events[i - 1].Str("hash"), events[i].Str("previousHash"));
    }

    [Fact]
    public async Task The_hashes_in_the_history_recompute_from_the_history_alone()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SoundAndPicture);
        var incident = await documenter.RecordIncident(DeirEzZor.TwoWeeksOfLosses);
        var claim = await documenter.RecordClaim(incident, DeirEzZor.ThirtyKilledClaim(source));
        await (await documenter.PostJson($"/api/incidents/{incident}/claims/{claim}/retraction", new { reason = "Figure unsourced" })).Expect(HttpStatusCode.OK);

        var history = await (await server.As(Role.Auditor)).GetJson($"/api/incidents/{incident}/history");

        byte[]? previous = null;
        foreach (var e in history.GetProperty("events").EnumerateArray())
        {
            var body = EventBody.Canonical(
                e.GetProperty("eventId").GetGuid(), history.Str("streamId"), e.Str("type"), e.GetProperty("data"), e.Str("actor"),
                InstantPattern.ExtendedIso.Parse(e.Str("recordedAt")).Value, e.GetProperty("correlationId").GetGuid(),
                e.GetProperty("causationId").ValueKind == JsonValueKind.Null ? null : e.GetProperty("causationId").GetGuid(),
                e.GetProperty("reason").ValueKind == JsonValueKind.Null ? null : e.Str("reason"));
            var hash = EventHash.Compute(previous, e.GetProperty("version").GetInt64(), body);
            Assert.Equal(e.Str("hash"), Convert.ToHexStringLower(hash));
            previous = hash;
        }
    }

    [Fact]
    public async Task The_history_of_a_source_lists_its_regrading_with_the_rationale()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.BadarAlKhalaf);
        var regraded = await documenter.PostJson($"/api/sources/{source}/reliability",
            new { reliability = "usually_reliable", rationale = "His November account matched two independent reports" });
        await regraded.Expect(HttpStatusCode.OK);
        Assert.Equal("\"2\"", regraded.ETag());

        var events = (await (await server.As(Role.Auditor)).GetJson($"/api/sources/{source}/history")).GetProperty("events").EnumerateArray().ToList();

        Assert.Equal(["source_registered", "source_reliability_regraded"], events.Select(e => e.Str("type")));
        Assert.Equal("His November account matched two independent reports", events[1].Str("reason"));
        var gradings = (await documenter.GetJson($"/api/sources/{source}")).GetProperty("gradings").EnumerateArray().Select(g => g.Str("reliabilityCode"));
        Assert.Equal(["C", "B"], gradings);
    }
}
