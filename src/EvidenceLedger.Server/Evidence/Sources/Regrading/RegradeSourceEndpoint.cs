using EvidenceLedger.Evidence.Sources.Regrading;
using EvidenceLedger.Server.Evidence.Http;
using Wolverine.Http;

namespace EvidenceLedger.Server.Evidence.Sources.Regrading;

/// <param name="Reliability">The new Admiralty letter A–F (or its name).</param>
/// <param name="Rationale">Why the grade changes; required.</param>
public sealed record RegradeSourceRequest(string? Reliability, string? Rationale);

public static class RegradeSourceEndpoint
{
    [WolverinePost("/api/sources/{id:guid}/reliability", OperationId = "RegradeSourceReliability")]
    [LedgerWrite<RegradeSourceRequest>("Sources", "Regrades a source's reliability, with a rationale.")]
    public static async Task<IResult> Post(Guid id, HttpContext http, SourceCommands commands)
    {
        var (body, problem) = await JsonBody.ReadAsync<RegradeSourceRequest>(http);
        if (problem is not null) return problem;
        var (reliability, badReliability) = RequestValues.Reliability(body!.Reliability);
        if (badReliability is not null) return badReliability;
        return await EndpointConventions.RunAsync(http,
            (actor, expected, ct) => commands.HandleAsync(new RegradeSourceReliability(id, reliability!.Value, body.Rationale ?? string.Empty), actor, expected, ct: ct),
            done => Results.Ok(new WriteResponse(id, done.Version, done.Position)));
    }
}
