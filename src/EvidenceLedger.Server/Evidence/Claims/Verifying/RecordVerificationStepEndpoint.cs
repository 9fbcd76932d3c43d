using EvidenceLedger.Evidence.Claims.Verifying;
using EvidenceLedger.Server.Evidence.Http;
using EvidenceLedger.Server.Evidence.Incidents;
using Wolverine;
using Wolverine.Http;

namespace EvidenceLedger.Server.Evidence.Claims.Verifying;

/// <param name="Id">Optional caller-made step id.</param>
/// <param name="Method">source_check, cross_reference, geolocation, chronolocation, witness_interview, document_analysis or other.</param>
/// <param name="Outcome">supports, contradicts or inconclusive.</param>
/// <param name="SourceId">The registered source the step relied on, if any: a supporting step's source counts towards the distinct supporting sources.</param>
public sealed record RecordVerificationStepRequest(Guid? Id, string? Method, string? Outcome, string? Notes, Guid? SourceId);

public static class RecordVerificationStepEndpoint
{
    [WolverinePost("/api/incidents/{id:guid}/claims/{claimId:guid}/verifications", OperationId = "RecordVerificationStep")]
    [LedgerWrite<RecordVerificationStepRequest>("Claims", "Records one verification step on a claim: method, outcome, notes; who and when are recorded.",
        StatusCodes.Status201Created)]
    public static async Task<IResult> Post(Guid id, Guid claimId, HttpContext http, IMessageBus bus)
    {
        var (body, problem) = await JsonBody.ReadAsync<RecordVerificationStepRequest>(http);
        if (problem is not null) return problem;
        var (method, badMethod) = RequestValues.Enum<VerificationMethod>(body!.Method, "method");
        if (badMethod is not null) return badMethod;
        var (outcome, badOutcome) = RequestValues.Enum<VerificationOutcome>(body.Outcome, "outcome");
        if (badOutcome is not null) return badOutcome;

        var stepId = body.Id ?? Guid.CreateVersion7();
        var command = new RecordVerificationStep(id, claimId, stepId, method!.Value, outcome!.Value, body.Notes ?? string.Empty, body.SourceId);
        return await EndpointConventions.RunAsync(http, bus, command,
            done => Results.Created(EndpointConventions.ClaimLocation(id, claimId), new WriteResponse(stepId, done.Version, done.Position)));
    }
}
