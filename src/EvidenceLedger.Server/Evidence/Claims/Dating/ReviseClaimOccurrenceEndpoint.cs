using EvidenceLedger.Evidence.Claims.Dating;
using EvidenceLedger.Server.Evidence.Http;
using EvidenceLedger.Server.Evidence.Incidents;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace EvidenceLedger.Server.Evidence.Claims.Dating;

/// <param name="Occurred">When the reported thing happened, per the source, as EDTF or plain English (as when recording); empty or null when the source gives no date after all.</param>
/// <param name="Reason">Why; required.</param>
public sealed record ReviseClaimOccurrenceRequest(string? Occurred, string? Reason);

public static class ReviseClaimOccurrenceEndpoint
{
    [WolverinePost("/api/incidents/{id:guid}/claims/{claimId:guid}/occurrence", OperationId = "ReviseClaimOccurrence")]
    [LedgerWrite<ReviseClaimOccurrenceRequest>("Claims",
        "Re-dates what a claim reports (EDTF or plain English; empty: no date), with a reason; the earlier date stays in the provenance. A retracted claim cannot be re-dated (409).")]
    public static async Task<IResult> Post(Guid id, Guid claimId, HttpContext http, IMessageBus bus, IClock clock)
    {
        var (body, problem) = await JsonBody.ReadAsync<ReviseClaimOccurrenceRequest>(http);
        if (problem is not null) return problem;
        return await EndpointConventions.RunAsync(http, bus,
            new ReviseClaimOccurrence(id, claimId, body!.Occurred, body.Reason ?? string.Empty, clock.GetCurrentInstant()),
            done => Results.Ok(new WriteResponse(claimId, done.Version, done.Position)));
    }
}
