using System.Net;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Evidence.Claims;

public sealed class Citing_verifying_and_assessing_claims(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    private async Task<(Guid Incident, Guid Claim, Guid SyriaDirect)> GunBattleClaim()
    {
        var documenter = await server.As(Role.Documenter);
        var syriaDirect = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());
        var claim = await documenter.RecordClaim(incident, DeirEzZor.GunBattleClaim(syriaDirect));
        return (incident, claim, syriaDirect);
    }

    [Fact]
    public async Task A_citation_keeps_title_url_publication_date_digest_and_the_exact_excerpt()
    {
        var (incident, claim, _) = await GunBattleClaim();
        var documenter = await server.As(Role.Documenter);

        var response = await documenter.PostJson($"/api/incidents/{incident}/claims/{claim}/citations", DeirEzZor.SyriaDirectCitation);

        var created = await response.Expect(HttpStatusCode.Created);
        var citationId = created.GetProperty("id").GetGuid();
        Assert.Equal("\"3\"", response.ETag());
        var citation = Assert.Single((await documenter.Claim(incident, claim)).GetProperty("citations").EnumerateArray());
        Assert.Equal(citationId, citation.GetProperty("citationId").GetGuid());
        Assert.Equal("Al-Bukamal residents 'refuse to be subjugated' to the Islamic State", citation.Str("title"));
        Assert.Equal("https://syriadirect.org/al-bukamal-residents-refuse-to-be-subjugated-to-the-islamic-state/", citation.Str("url"));
        Assert.Equal("2015-11-25", citation.Str("publishedOn"));
        Assert.Equal("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", citation.Str("sha256"));
        Assert.Equal("On Wednesday, four IS members were killed in a gun battle.", citation.Str("excerpt"));
    }

    [Theory]
    [InlineData("""{"title":"Syria Direct","url":"syriadirect.org/a","excerpt":"four IS members"}""", "url")]
    [InlineData("""{"title":"Syria Direct","url":"https://syriadirect.org/a","excerpt":"four IS members","sha256":"abc"}""", "sha256")]
    [InlineData("""{"title":"Syria Direct","url":"https://syriadirect.org/a","excerpt":"four IS members","publishedOn":"last Tuesday"}""", "publishedOn")]
    [InlineData("""{"title":"Syria Direct","url":"https://syriadirect.org/a","excerpt":"four IS members","publishedOn":"2999-11-25"}""", "publishedOn")]
    [InlineData("""{"title":"Syria Direct","url":"https://syriadirect.org/a"}""", "excerpt")]
    [InlineData("""{"url":"https://syriadirect.org/a","excerpt":"four IS members"}""", "title")]
    public async Task A_citation_with_a_bad_field_is_a_400_naming_it_and_appends_nothing(string body, string field)
    {
        var (incident, claim, _) = await GunBattleClaim();

        var problem = await (await (await server.As(Role.Documenter)).PostRaw($"/api/incidents/{incident}/claims/{claim}/citations", body)).Expect(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"The problem should name '{field}': {problem}");
        Assert.Equal(2, await (await server.As(Role.Admin)).EventCount(incident));
    }

    [Fact]
    public async Task A_verification_step_records_method_outcome_notes_who_and_when()
    {
        var (incident, claim, syriaDirect) = await GunBattleClaim();
        var documenter = await server.As(Role.Documenter);

        var created = await (await documenter.PostJson($"/api/incidents/{incident}/claims/{claim}/verifications",
            new { method = "witness_interview", outcome = "supports", notes = "Badar Al-Khalaf's contacts inside the town describe the same attack", sourceId = syriaDirect }))
            .Expect(HttpStatusCode.Created);

        var step = Assert.Single((await documenter.Claim(incident, claim)).GetProperty("verificationSteps").EnumerateArray());
        Assert.Equal(created.GetProperty("id").GetGuid(), step.GetProperty("stepId").GetGuid());
        Assert.Equal("witness_interview", step.Str("method"));
        Assert.Equal("supports", step.Str("outcome"));
        Assert.StartsWith("documenter-", step.Str("recordedBy"), StringComparison.Ordinal);
        Assert.EndsWith("Z", step.Str("recordedAt"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"outcome":"supports","notes":"n"}""", "method")]
    [InlineData("""{"method":"seance","outcome":"supports","notes":"n"}""", "method")]
    [InlineData("""{"method":"geolocation","outcome":"maybe","notes":"n"}""", "outcome")]
    [InlineData("""{"method":"geolocation","outcome":"supports"}""", "notes")]
    [InlineData("""{"method":"geolocation","outcome":"supports","notes":"n","sourceId":"7d7e8e3c-0000-4000-8000-000000000001"}""", "sourceId")]
    public async Task A_verification_step_with_a_bad_field_is_a_400_naming_it_and_appends_nothing(string body, string field)
    {
        var (incident, claim, _) = await GunBattleClaim();

        var problem = await (await (await server.As(Role.Documenter)).PostRaw($"/api/incidents/{incident}/claims/{claim}/verifications", body)).Expect(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"The problem should name '{field}': {problem}");
        Assert.Equal(2, await (await server.As(Role.Admin)).EventCount(incident));
    }

    [Fact]
    public async Task Distinct_supporting_sources_count_each_supporting_source_once_and_confirmation_needs_two()
    {
        var (incident, claim, syriaDirect) = await GunBattleClaim();
        var documenter = await server.As(Role.Documenter);
        var admin = await server.As(Role.Admin);
        var soundAndPicture = await documenter.RegisterSource(DeirEzZor.SoundAndPicture);
        var opposition = await documenter.RegisterSource(DeirEzZor.OppositionMilitarySource);
        async Task Step(string method, string outcome, Guid? sourceId) =>
            await (await documenter.PostJson($"/api/incidents/{incident}/claims/{claim}/verifications", new { method, outcome, notes = "checked", sourceId }))
                .Expect(HttpStatusCode.Created);
        async Task<int> Supporting() => (await documenter.Claim(incident, claim)).GetProperty("distinctSupportingSources").GetInt32();

        await Step("source_check", "supports", syriaDirect);
        Assert.Equal(1, await Supporting()); // the claim's own source counts once

        var before = await admin.EventCount(incident);
        var tooEarly = await (await documenter.PostJson($"/api/incidents/{incident}/claims/{claim}/assessment",
            new { status = "confirmed", credibility = 1, rationale = "Confirmed" })).Expect(HttpStatusCode.BadRequest);
        Assert.True(tooEarly.GetProperty("errors").TryGetProperty("credibility", out _));
        Assert.Equal(before, await admin.EventCount(incident));

        await Step("cross_reference", "contradicts", opposition);
        await Step("geolocation", "supports", null);
        Assert.Equal(1, await Supporting()); // contradicting and source-less steps add no voice

        await Step("cross_reference", "supports", soundAndPicture);
        await Step("document_analysis", "supports", soundAndPicture);
        Assert.Equal(2, await Supporting());
        Assert.Equal([syriaDirect, soundAndPicture],
            (await documenter.Claim(incident, claim)).GetProperty("supportingSourceIds").EnumerateArray().Select(s => s.GetGuid()));

        var assessed = await documenter.PostJson($"/api/incidents/{incident}/claims/{claim}/assessment",
            new { status = "confirmed", credibility = "1", rationale = "Syria Direct's interview and Sound and Picture report the same attack independently" });
        await assessed.Expect(HttpStatusCode.OK);
        var read = await documenter.Claim(incident, claim);
        Assert.Equal("confirmed", read.Str("status"));
        Assert.Equal("confirmed_by_other_sources", read.Str("credibility"));
        Assert.Equal("B1", read.Str("admiraltyCode"));
        var assessment = Assert.Single(read.GetProperty("assessments").EnumerateArray());
        Assert.Equal("Syria Direct's interview and Sound and Picture report the same attack independently", assessment.Str("rationale"));
    }

    [Theory]
    [InlineData("""{"credibility":2,"rationale":"r"}""", "status")]
    [InlineData("""{"status":"likely","credibility":2,"rationale":"r"}""", "status")]
    [InlineData("""{"status":"corroborated","rationale":"r"}""", "credibility")]
    [InlineData("""{"status":"corroborated","credibility":0,"rationale":"r"}""", "credibility")]
    [InlineData("""{"status":"corroborated","credibility":2}""", "rationale")]
    [InlineData("""{"status":"unverified","credibility":3,"rationale":"no change"}""", "status")]
    public async Task An_assessment_with_a_bad_field_is_a_400_naming_it_and_appends_nothing(string body, string field)
    {
        var (incident, claim, _) = await GunBattleClaim();

        var problem = await (await (await server.As(Role.Documenter)).PostRaw($"/api/incidents/{incident}/claims/{claim}/assessment", body)).Expect(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"The problem should name '{field}': {problem}");
        Assert.Equal(2, await (await server.As(Role.Admin)).EventCount(incident));
    }
}
