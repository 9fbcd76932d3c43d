using System.Text.Json;
using EvidenceLedger.Evidence.Claims;
using EvidenceLedger.Evidence.Claims.Assessing;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Server.Evidence.Http;
using EvidenceLedger.Server.Evidence.Incidents;
using EvidenceLedger.Server.Evidence.Incidents.Deciding;
using Wolverine;
using Wolverine.Http;

namespace EvidenceLedger.Server.Evidence.Claims.Assessing;

/// <param name="Status">unverified, corroborated, contested, confirmed or discredited.</param>
/// <param name="Credibility">Admiralty digit 1–6 (or its name); 1 needs at least two distinct supporting sources.</param>
public sealed record AssessClaimRequest(string? Status, JsonElement? Credibility, string? Rationale);

public static class AssessClaimEndpoint
{
    [WolverinePost("/api/incidents/{id:guid}/claims/{claimId:guid}/assessment", OperationId = "AssessClaim")]
    [LedgerWrite<AssessClaimRequest>("Claims", "Assesses a claim: status and credibility with a rationale. Credibility 1 needs at least two distinct supporting sources.")]
    public static async Task<IResult> Post(Guid id, Guid claimId, HttpContext http, IMessageBus bus, IncidentDecisions decisions)
    {
        var read = await JsonBody.ReadAllAsync<AssessClaimRequest>(http);
        if (read.Problem is not null) return read.Problem;
        var body = read.Value!;
        var errors = new RequestErrors(read.WrongTypes);
        var (status, badStatus) = RequestValues.Enum<ClaimStatus>(body.Status, "status");
        errors.Add(badStatus);
        var (credibility, badCredibility) = RequestValues.Credibility(body.Credibility);
        errors.Add(badCredibility);

        // A status or credibility already refused is decided as the neutral one, only to find the other faults.
        var command = new AssessClaim(id, claimId, status ?? ClaimStatus.Unverified, credibility ?? InformationCredibility.TruthCannotBeJudged,
            body.Rationale ?? string.Empty);
        if (errors.Any) return errors.Answer(await decisions.CheckAsync(command, http.RequestAborted));
        return await EndpointConventions.RunAsync(http, bus, command,
            done => Results.Ok(new WriteResponse(claimId, done.Version, done.Position)));
    }
}
