using System.Text.Json;
using EvidenceLedger.Evidence.Claims;
using EvidenceLedger.Evidence.Claims.Assessing;
using EvidenceLedger.Server.Evidence.Http;
using EvidenceLedger.Server.Evidence.Incidents;

namespace EvidenceLedger.Server.Evidence.Claims.Assessing;

/// <param name="Status">unverified, corroborated, contested, confirmed or discredited.</param>
/// <param name="Credibility">Admiralty digit 1–6 (or its name); 1 needs at least two distinct supporting sources.</param>
public sealed record AssessClaimRequest(string? Status, JsonElement? Credibility, string? Rationale);

public static class AssessClaimEndpoint
{
    public static RouteHandlerBuilder MapAssessClaim(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/incidents/{id:guid}/claims/{claimId:guid}/assessment", async (Guid id, Guid claimId, HttpContext http, IncidentCommands commands) =>
        {
            var (body, problem) = await JsonBody.ReadAsync<AssessClaimRequest>(http);
            if (problem is not null) return problem;
            var (status, badStatus) = RequestValues.Enum<ClaimStatus>(body!.Status, "status");
            if (badStatus is not null) return badStatus;
            var (credibility, badCredibility) = RequestValues.Credibility(body.Credibility);
            if (badCredibility is not null) return badCredibility;

            return await EndpointConventions.RunAsync(http, commands,
                new AssessClaim(id, claimId, status!.Value, credibility!.Value, body.Rationale ?? string.Empty),
                done => Results.Ok(new WriteResponse(claimId, done.Version, done.Position)));
        })
        .Write<AssessClaimRequest>("AssessClaim", "Claims", "Assesses a claim: status and credibility with a rationale. Credibility 1 needs at least two distinct supporting sources.");
}
