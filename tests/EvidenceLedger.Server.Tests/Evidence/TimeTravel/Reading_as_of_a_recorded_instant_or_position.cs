using System.Net;
using System.Text.Json;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;
using NodaTime;
using NodaTime.Text;

namespace EvidenceLedger.Server.Tests.Evidence.TimeTravel;

/// <summary>
/// A claim logged, corrected and retracted at three recorded instants (read back from the history, so nothing depends on
/// the clock): every view as of each instant, and at each position, shows exactly what the ledger held then.
/// </summary>
public sealed class Reading_as_of_a_recorded_instant_or_position(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    private const string Corrected = "On Wednesday 18 November, four IS members were killed in a gun battle with unknown gunmen";

    private sealed record Timeline(Guid Incident, Guid Claim, Guid Source, JsonElement[] Events)
    {
        public string Logged => Events[1].Str("recordedAt");
        public string CorrectedAt => Events[2].Str("recordedAt");
        public string Retracted => Events[3].Str("recordedAt");
        public long Position(int index) => Events[index].GetProperty("position").GetInt64();
    }

    private async Task<Timeline> LogCorrectRetract()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());
        var claim = await documenter.RecordClaim(incident, DeirEzZor.GunBattleClaim(source));
        await (await documenter.PostJson($"/api/incidents/{incident}/claims/{claim}/corrections", new { statement = Corrected, reason = "Date and attackers named" }))
            .Expect(HttpStatusCode.OK);
        await (await documenter.PostJson($"/api/incidents/{incident}/claims/{claim}/retraction", new { reason = "Conflated with the spring assassinations" }))
            .Expect(HttpStatusCode.OK);
        var events = await (await server.As(Role.Auditor)).History(incident);
        Assert.Equal(["incident_recorded", "claim_recorded", "claim_corrected", "claim_retracted"], events.Select(e => e.Str("type")));
        return new Timeline(incident, claim, source, events);
    }

    private static string At(string instant) => "?asOf=" + Uri.EscapeDataString(instant);

    private static string Before(string instant) =>
        At(InstantPattern.ExtendedIso.Format(InstantPattern.ExtendedIso.Parse(instant).Value - Duration.FromTicks(10)));

    [Fact]
    public async Task As_of_each_instant_the_claim_reads_as_it_did_then()
    {
        var t = await LogCorrectRetract();
        var auditor = await server.As(Role.Auditor);

        var logged = await auditor.Claim(t.Incident, t.Claim, At(t.Logged));
        Assert.Equal(DeirEzZor.GunBattleStatement, logged.Str("statement"));
        Assert.False(logged.GetProperty("retracted").GetBoolean());
        Assert.Equal(0, logged.GetProperty("correctionCount").GetInt32());

        var corrected = await auditor.Claim(t.Incident, t.Claim, At(t.CorrectedAt));
        Assert.Equal(Corrected, corrected.Str("statement"));
        Assert.False(corrected.GetProperty("retracted").GetBoolean());
        Assert.Equal(1, corrected.GetProperty("correctionCount").GetInt32());

        var retracted = await auditor.Claim(t.Incident, t.Claim, At(t.Retracted));
        Assert.Equal(Corrected, retracted.Str("statement"));
        Assert.True(retracted.GetProperty("retracted").GetBoolean());
        Assert.Equal(1, retracted.GetProperty("correctionCount").GetInt32());

        var justBefore = await auditor.Incident(t.Incident, Before(t.Logged));
        Assert.Equal(0, justBefore.GetProperty("claims").GetArrayLength());
        Assert.Equal(1, justBefore.GetProperty("version").GetInt64());
        await (await auditor.GetAsync($"/api/incidents/{t.Incident}{Before(t.Events[0].Str("recordedAt"))}")).Expect(HttpStatusCode.NotFound);
        await (await auditor.GetAsync($"/api/incidents/{t.Incident}/claims/{t.Claim}{Before(t.Logged)}")).Expect(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task At_each_position_the_claim_reads_as_it_did_then()
    {
        var t = await LogCorrectRetract();
        var auditor = await server.As(Role.Auditor);

        var logged = await auditor.Incident(t.Incident, $"?atPosition={t.Position(1)}");
        var corrected = await auditor.Incident(t.Incident, $"?atPosition={t.Position(2)}");
        var retracted = await auditor.Incident(t.Incident, $"?atPosition={t.Position(3)}");

        Assert.Equal((DeirEzZor.GunBattleStatement, false, 0, 2L), Summary(logged));
        Assert.Equal((Corrected, false, 1, 3L), Summary(corrected));
        Assert.Equal((Corrected, true, 1, 4L), Summary(retracted));
        Assert.Equal(0, (await auditor.Incident(t.Incident, $"?atPosition={t.Position(1) - 1}")).GetProperty("claims").GetArrayLength());

        static (string, bool, int, long) Summary(JsonElement incident)
        {
            var claim = Assert.Single(incident.GetProperty("claims").EnumerateArray());
            return (claim.Str("statement"), claim.GetProperty("retracted").GetBoolean(), claim.GetProperty("correctionCount").GetInt32(),
                incident.GetProperty("version").GetInt64());
        }
    }

    [Fact]
    public async Task The_latest_point_in_time_replays_to_exactly_the_current_view()
    {
        var t = await LogCorrectRetract();
        var auditor = await server.As(Role.Auditor);

        var current = await auditor.Incident(t.Incident);
        var replayed = await auditor.Incident(t.Incident, $"?atPosition={t.Position(3)}");

        Assert.Equal(current.GetRawText(), replayed.GetRawText());
    }

    [Fact]
    public async Task The_source_grade_shown_with_a_claim_is_the_grade_it_had_then()
    {
        var t = await LogCorrectRetract();
        var documenter = await server.As(Role.Documenter);
        await (await documenter.PostJson($"/api/sources/{t.Source}/reliability", new { reliability = "C", rationale = "Two stories corrected" })).Expect(HttpStatusCode.OK);
        var auditor = await server.As(Role.Auditor);

        Assert.Equal("C", (await auditor.Claim(t.Incident, t.Claim)).GetProperty("source").Str("reliabilityCode"));
        Assert.Equal("B", (await auditor.Claim(t.Incident, t.Claim, At(t.Retracted))).GetProperty("source").Str("reliabilityCode"));
        Assert.Equal("B", (await auditor.GetJson($"/api/sources/{t.Source}{At(t.Retracted)}")).Str("reliabilityCode"));
        Assert.Equal(1, (await auditor.GetJson($"/api/sources/{t.Source}{At(t.Retracted)}")).GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task History_and_search_as_of_an_instant_show_only_what_was_recorded_by_then()
    {
        var t = await LogCorrectRetract();
        var auditor = await server.As(Role.Auditor);

        Assert.Equal(3, (await auditor.History(t.Incident, At(t.CorrectedAt))).Length);
        Assert.Equal(2, (await auditor.History(t.Incident, $"?atPosition={t.Position(1)}")).Length);

        async Task<List<Guid>> Found(string query) =>
            (await auditor.GetJson("/api/incidents" + query)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
        Assert.DoesNotContain(t.Incident, await Found("?q=18%20November" + At(t.Logged).Replace('?', '&')));
        Assert.Contains(t.Incident, await Found("?q=18%20November" + At(t.CorrectedAt).Replace('?', '&')));
        Assert.DoesNotContain(t.Incident, await Found("?status=unverified&place=Abu%20Kamal" + At(t.Retracted).Replace('?', '&')));
        Assert.Contains(t.Incident, await Found("?status=unverified&place=Abu%20Kamal" + At(t.CorrectedAt).Replace('?', '&')));
        Assert.DoesNotContain(t.Incident, await Found($"?place=Abu%20Kamal&atPosition={t.Position(0) - 1}"));
        Assert.Contains(t.Incident, await Found($"?place=Abu%20Kamal&atPosition={t.Position(0)}"));

        var sources = (await auditor.GetJson($"/api/sources?atPosition={t.Position(0)}")).EnumerateArray().Select(s => s.GetProperty("id").GetGuid());
        Assert.Contains(t.Source, sources);
    }

    [Fact]
    public async Task Search_at_the_latest_position_matches_the_current_search()
    {
        var t = await LogCorrectRetract();
        var auditor = await server.As(Role.Auditor);

        var current = await auditor.GetJson("/api/incidents?place=Albu%20Kamal");
        var replayed = await auditor.GetJson($"/api/incidents?place=Albu%20Kamal&atPosition={t.Position(3)}");

        Assert.Equal(current.GetRawText(), replayed.GetRawText());
    }

    [Theory]
    [InlineData(Role.Documenter)]
    public async Task Point_in_time_reads_are_forbidden_to_roles_without_the_history_policy(string role)
    {
        var t = await LogCorrectRetract();
        var client = await server.As(role);

        await (await client.GetAsync($"/api/incidents/{t.Incident}{At(t.Logged)}")).Expect(HttpStatusCode.Forbidden);
        await (await client.GetAsync($"/api/incidents?atPosition={t.Position(1)}")).Expect(HttpStatusCode.Forbidden);
        await (await client.GetAsync($"/api/sources/{t.Source}?atPosition={t.Position(1)}")).Expect(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("?asOf=yesterday", "asOf")]
    [InlineData("?asOf=2015-11-18", "asOf")]
    [InlineData("?atPosition=0", "atPosition")]
    [InlineData("?atPosition=-3", "atPosition")]
    [InlineData("?atPosition=ten", "atPosition")]
    [InlineData("?asOf=2015-11-18T00:00:00Z&atPosition=3", "atPosition")]
    public async Task A_malformed_point_in_time_is_a_400_naming_it(string query, string field)
    {
        var t = await LogCorrectRetract();

        var problem = await (await (await server.As(Role.Auditor)).GetAsync($"/api/incidents/{t.Incident}{query}")).Expect(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"The problem should name '{field}': {problem}");
    }

    [Fact]
    public async Task An_offset_instant_is_read_as_the_same_instant()
    {
        var t = await LogCorrectRetract();
        var utc = InstantPattern.ExtendedIso.Parse(t.CorrectedAt).Value;
        var inDamascus = OffsetDateTimePattern.ExtendedIso.Format(utc.WithOffset(Offset.FromHours(2)));

        var claim = await (await server.As(Role.Auditor)).Claim(t.Incident, t.Claim, At(inDamascus));

        Assert.Equal(Corrected, claim.Str("statement"));
        Assert.False(claim.GetProperty("retracted").GetBoolean());
    }
}
