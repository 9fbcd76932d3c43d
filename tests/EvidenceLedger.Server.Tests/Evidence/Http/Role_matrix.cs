using System.Net;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Evidence.Http;

/// <summary>
/// Every role against every evidence route: 401 without a token, 403 for a role the route's policy does not admit (and
/// nothing appended), the route's success status for one it does. documenter: write + read; legal: read + history; auditor: read +
/// history (provenance, point in time); admin: everything, and alone may shred.
/// </summary>
public sealed class Role_matrix(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    private sealed record Scene(Guid Source, Guid Incident, Guid Claim);

    private sealed record Call(string Policy, HttpStatusCode Success, Func<HttpClient, Scene, Task<HttpResponseMessage>> Send);

    private const string Read = "read";
    private const string Write = "write";
    private const string History = "history";
    private const string AdminOnly = "admin";
    private const string Later = "?asOf=2999-01-01T00%3A00%3A00Z";
    private const string Latest = "?atPosition=9223372036854775807";

    private static readonly Dictionary<string, Call> Calls = new()
    {
        ["POST /sources"] = new(Write, HttpStatusCode.Created, (c, _) => c.PostJson("/api/sources", DeirEzZor.SoundAndPicture)),
        ["GET /sources"] = new(Read, HttpStatusCode.OK, (c, _) => c.GetAsync("/api/sources")),
        ["GET /sources asOf"] = new(History, HttpStatusCode.OK, (c, _) => c.GetAsync("/api/sources" + Later)),
        ["GET /sources/{id}"] = new(Read, HttpStatusCode.OK, (c, s) => c.GetAsync($"/api/sources/{s.Source}")),
        ["GET /sources/{id} atPosition"] = new(History, HttpStatusCode.OK, (c, s) => c.GetAsync($"/api/sources/{s.Source}{Latest}")),
        ["GET /sources/{id}/history"] = new(History, HttpStatusCode.OK, (c, s) => c.GetAsync($"/api/sources/{s.Source}/history")),
        ["POST /sources/{id}/reliability"] = new(Write, HttpStatusCode.OK,
            (c, s) => c.PostJson($"/api/sources/{s.Source}/reliability", new { reliability = "E", rationale = "Two reports denied" })),
        ["POST /sources/{id}/aliases"] = new(Write, HttpStatusCode.OK, (c, s) => c.PostJson($"/api/sources/{s.Source}/aliases", new { alias = "Opposition source" })),
        ["PUT /sources/{id}/identity"] = new(Write, HttpStatusCode.OK, (c, s) => c.PutJson($"/api/sources/{s.Source}/identity", new { realName = "Omar" })),
        ["POST /sources/{id}/identity/shred"] = new(AdminOnly, HttpStatusCode.OK,
            (c, s) => c.PostJson($"/api/sources/{s.Source}/identity/shred", new { reason = "At risk" })),
        ["POST /incidents"] = new(Write, HttpStatusCode.Created, (c, _) => c.PostJson("/api/incidents", DeirEzZor.MayadeenArrests)),
        ["GET /incidents"] = new(Read, HttpStatusCode.OK, (c, _) => c.GetAsync("/api/incidents?place=Abu%20Kamal")),
        ["GET /incidents atPosition"] = new(History, HttpStatusCode.OK, (c, _) => c.GetAsync("/api/incidents" + Latest)),
        ["GET /incidents/{id}"] = new(Read, HttpStatusCode.OK, (c, s) => c.GetAsync($"/api/incidents/{s.Incident}")),
        ["GET /incidents/{id} asOf"] = new(History, HttpStatusCode.OK, (c, s) => c.GetAsync($"/api/incidents/{s.Incident}{Later}")),
        ["GET /incidents/{id}/history"] = new(History, HttpStatusCode.OK, (c, s) => c.GetAsync($"/api/incidents/{s.Incident}/history")),
        ["GET /incidents/{id}/claims/{claimId}"] = new(Read, HttpStatusCode.OK, (c, s) => c.GetAsync($"/api/incidents/{s.Incident}/claims/{s.Claim}")),
        ["GET /incidents/{id}/claims/{claimId} atPosition"] = new(History, HttpStatusCode.OK,
            (c, s) => c.GetAsync($"/api/incidents/{s.Incident}/claims/{s.Claim}{Latest}")),
        ["POST /incidents/{id}/description"] = new(Write, HttpStatusCode.OK,
            (c, s) => c.PostJson($"/api/incidents/{s.Incident}/description", new { title = "Gunmen kill four IS members", reason = "Clearer" })),
        ["POST /incidents/{id}/occurrence"] = new(Write, HttpStatusCode.OK,
            (c, s) => c.PostJson($"/api/incidents/{s.Incident}/occurrence", new { occurred = "2015-11-18~", reason = "Approximate" })),
        ["POST /incidents/{id}/place"] = new(Write, HttpStatusCode.OK,
            (c, s) => c.PostJson($"/api/incidents/{s.Incident}/place", new { placeName = "al-Bukamal centre", reason = "Narrowed" })),
        ["POST /incidents/{id}/place/aliases"] = new(Write, HttpStatusCode.OK, (c, s) => c.PostJson($"/api/incidents/{s.Incident}/place/aliases", new { alias = "Abu Kamal" })),
        ["POST /incidents/{id}/claims"] = new(Write, HttpStatusCode.Created, (c, s) => c.PostJson($"/api/incidents/{s.Incident}/claims", DeirEzZor.ThirtyKilledClaim(s.Source))),
        ["POST …/claims/{claimId}/corrections"] = new(Write, HttpStatusCode.OK,
            (c, s) => c.PostJson($"/api/incidents/{s.Incident}/claims/{s.Claim}/corrections", new { statement = "Four IS members were killed", reason = "Shorter" })),
        ["POST …/claims/{claimId}/retraction"] = new(Write, HttpStatusCode.OK,
            (c, s) => c.PostJson($"/api/incidents/{s.Incident}/claims/{s.Claim}/retraction", new { reason = "Withdrawn" })),
        ["POST …/claims/{claimId}/citations"] = new(Write, HttpStatusCode.Created,
            (c, s) => c.PostJson($"/api/incidents/{s.Incident}/claims/{s.Claim}/citations", DeirEzZor.SyriaDirectCitation)),
        ["POST …/claims/{claimId}/verifications"] = new(Write, HttpStatusCode.Created,
            (c, s) => c.PostJson($"/api/incidents/{s.Incident}/claims/{s.Claim}/verifications", new { method = "geolocation", outcome = "supports", notes = "School located" })),
        ["POST …/claims/{claimId}/assessment"] = new(Write, HttpStatusCode.OK,
            (c, s) => c.PostJson($"/api/incidents/{s.Incident}/claims/{s.Claim}/assessment", new { status = "corroborated", credibility = 2, rationale = "Two accounts" })),
    };

    private static bool Admits(string policy, string role) => policy switch
    {
        Read => role is Role.Documenter or Role.Legal or Role.Auditor or Role.Admin,
        Write => role is Role.Documenter or Role.Admin,
        History => role is Role.Legal or Role.Auditor or Role.Admin,
        AdminOnly => role is Role.Admin,
        _ => false,
    };

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var call in Calls.Keys)
        {
            foreach (var role in EvidenceServer.Roles) cases.Add(call, role);
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_gets_what_its_policy_allows(string callName, string role)
    {
        var admin = await server.As(Role.Admin);
        var source = await admin.RegisterSource(new { name = "Opposition military source", kind = "anonymous", reliability = "F", protectedIdentity = new { realName = "Abu Omar" } });
        var incident = await admin.RecordIncident(DeirEzZor.GunBattle());
        var claim = await admin.RecordClaim(incident, DeirEzZor.GunBattleClaim(source));
        var scene = new Scene(source, incident, claim);
        var (sourceEvents, incidentEvents) = (await admin.SourceEventCount(source), await admin.EventCount(incident));
        var call = Calls[callName];

        var response = await call.Send(await server.As(role), scene);

        var expected = role == EvidenceServer.NoOne ? HttpStatusCode.Unauthorized
            : Admits(call.Policy, role) ? call.Success
            : HttpStatusCode.Forbidden;
        await response.Expect(expected);
        if (expected is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            Assert.Equal((sourceEvents, incidentEvents), (await admin.SourceEventCount(source), await admin.EventCount(incident)));
    }

    [Fact]
    public async Task A_forged_token_is_a_401()
    {
        using var forged = server.WithToken("elt_forged");
        await (await forged.GetAsync("/api/incidents")).Expect(HttpStatusCode.Unauthorized);
        await (await forged.PostJson("/api/incidents", DeirEzZor.GunBattle())).Expect(HttpStatusCode.Unauthorized);
    }
}
