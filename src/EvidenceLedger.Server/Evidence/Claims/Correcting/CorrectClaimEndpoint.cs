using EvidenceLedger.Evidence.Claims.Correcting;
using EvidenceLedger.Server.Evidence.Http;
using EvidenceLedger.Server.Evidence.Incidents;
using Wolverine;
using Wolverine.Http;

namespace EvidenceLedger.Server.Evidence.Claims.Correcting;

/// <param name="Statement">The corrected wording; the earlier wording is kept in the claim's wordings.</param>
/// <param name="Reason">Why; required.</param>
public sealed record CorrectClaimRequest(string? Statement, string? Reason);

public static class CorrectClaimEndpoint
{
    [WolverinePost("/api/incidents/{id:guid}/claims/{claimId:guid}/corrections", OperationId = "CorrectClaim")]
    [LedgerWrite<CorrectClaimRequest>("Claims", "Corrects a claim's statement, with a reason; the earlier wording is kept. A retracted claim cannot be corrected (409).")]
    public static async Task<IResult> Post(Guid id, Guid claimId, HttpContext http, IMessageBus bus)
    {
        var (body, problem) = await JsonBody.ReadAsync<CorrectClaimRequest>(http);
        if (problem is not null) return problem;
        return await EndpointConventions.RunAsync(http, bus, new CorrectClaim(id, claimId, body!.Statement ?? string.Empty, body.Reason ?? string.Empty),
            done => Results.Ok(new WriteResponse(claimId, done.Version, done.Position)));
    }
}
