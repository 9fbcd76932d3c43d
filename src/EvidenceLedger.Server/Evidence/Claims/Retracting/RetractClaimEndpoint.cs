using EvidenceLedger.Evidence.Claims.Retracting;
using EvidenceLedger.Server.Evidence.Http;
using EvidenceLedger.Server.Evidence.Incidents;
using Wolverine;
using Wolverine.Http;

namespace EvidenceLedger.Server.Evidence.Claims.Retracting;

/// <param name="Reason">Why the claim is withdrawn; required.</param>
public sealed record RetractClaimRequest(string? Reason);

public static class RetractClaimEndpoint
{
    [WolverinePost("/api/incidents/{id:guid}/claims/{claimId:guid}/retraction", OperationId = "RetractClaim")]
    [LedgerWrite<RetractClaimRequest>("Claims",
        "Retracts a claim for good, with a reason: it stays on record but can no longer be corrected, cited, verified or assessed.")]
    public static async Task<IResult> Post(Guid id, Guid claimId, HttpContext http, IMessageBus bus)
    {
        var (body, problem) = await JsonBody.ReadAsync<RetractClaimRequest>(http);
        if (problem is not null) return problem;
        return await EndpointConventions.RunAsync(http, bus, new RetractClaim(id, claimId, body!.Reason ?? string.Empty),
            done => Results.Ok(new WriteResponse(claimId, done.Version, done.Position)));
    }
}
