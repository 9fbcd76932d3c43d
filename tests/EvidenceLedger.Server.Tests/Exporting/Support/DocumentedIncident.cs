using System.Net;
using EvidenceLedger.Server.Tests.Evidence.Support;

namespace EvidenceLedger.Server.Tests.Exporting.Support;

/// <summary>
/// The al-Bukamal gun battle as a documentation team would leave it: a claim from an anonymous source whose real identity
/// is protected, corrected with a reason, cited, cross-checked against Syria Direct and assessed; a second claim retracted;
/// Syria Direct regraded. Names and places in English and Arabic.
/// </summary>
public sealed record DocumentedIncident(
    Guid IncidentId,
    Guid ClaimId,
    Guid RetractedClaimId,
    Guid SyriaDirect,
    Guid AnonymousSource,
    Guid SoundAndPicture,
    string IdentityKeyId,
    string IdentityCiphertext)
{
    public const string RealName = "Abu Omar al-Deiri";
    public const string Contact = "Signal +963 955 000 111";
    public const string CorrectedStatement = "On Wednesday 18 November, four IS members were killed in a gun battle in البوكمال";
    public const string CorrectionReason = "Syria Direct's interview dates the gun battle";
    public const string RetractionReason = "The figure comes from a post that was later deleted";
    public const string StepNotes = "Syria Direct reports the same gun battle from its own correspondent";
    public const string RegradeRationale = "Five years of reporting confirmed by later investigations";

    public static async Task<DocumentedIncident> RecordAsync(HttpClient documenter, HttpClient admin)
    {
        var syriaDirect = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var soundAndPicture = await documenter.RegisterSource(DeirEzZor.SoundAndPicture);
        var anonymous = await documenter.RegisterSource(new
        {
            name = "Opposition military source in Deir e-Zor city",
            kind = "anonymous",
            reliability = "F",
            protectedIdentity = new { realName = RealName, contact = Contact },
        });

        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());
        var claim = await documenter.RecordClaim(incident, DeirEzZor.DatedGunBattleClaim(anonymous));
        await Ok(documenter.PostJson($"/api/incidents/{incident}/claims/{claim}/corrections", new { statement = CorrectedStatement, reason = CorrectionReason }));
        await Created(documenter.PostJson($"/api/incidents/{incident}/claims/{claim}/citations", DeirEzZor.SyriaDirectCitation));
        await Created(documenter.PostJson($"/api/incidents/{incident}/claims/{claim}/verifications",
            new { method = "cross_reference", outcome = "supports", notes = StepNotes, sourceId = syriaDirect }));
        await Ok(documenter.PostJson($"/api/incidents/{incident}/claims/{claim}/assessment",
            new { status = "corroborated", credibility = 2, rationale = "Two independent sources report the same gun battle" }));

        var retracted = await documenter.RecordClaim(incident, DeirEzZor.ThirtyKilledClaim(soundAndPicture));
        await Ok(documenter.PostJson($"/api/incidents/{incident}/claims/{retracted}/retraction", new { reason = RetractionReason }));
        await Ok(documenter.PostJson($"/api/sources/{syriaDirect}/reliability", new { reliability = "A", rationale = RegradeRationale }));

        var attached = (await admin.GetJson($"/api/sources/{anonymous}/history")).GetProperty("events").EnumerateArray()
            .Single(e => e.Str("type") == "source_protected_identity_attached").GetProperty("data");
        return new DocumentedIncident(incident, claim, retracted, syriaDirect, anonymous, soundAndPicture, attached.Str("keyId"), attached.Str("ciphertext"));
    }

    private static async Task Ok(Task<HttpResponseMessage> call) => await (await call).Expect(HttpStatusCode.OK);

    private static async Task Created(Task<HttpResponseMessage> call) => await (await call).Expect(HttpStatusCode.Created);
}
