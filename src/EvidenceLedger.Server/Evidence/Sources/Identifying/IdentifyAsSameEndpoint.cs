using EvidenceLedger.Evidence.Sources.Identifying;
using EvidenceLedger.Server.Evidence.Http;
using Wolverine.Http;

namespace EvidenceLedger.Server.Evidence.Sources.Identifying;

/// <param name="SourceId">The source it is the same as: the one both are read as from now on.</param>
/// <param name="Reason">Why they are one source; required.</param>
public sealed record IdentifyAsSameRequest(Guid? SourceId, string? Reason);

public static class IdentifyAsSameEndpoint
{
    [WolverinePost("/api/sources/{id:guid}/same-as", OperationId = "IdentifySourceAsSame")]
    [LedgerWrite<IdentifyAsSameRequest>("Sources",
        "Marks the source as the same as another (registered twice): afterwards it reads as that one, whose page lists the claims of both, "
        + "and a claim's distinct supporting sources count them once.")]
    public static async Task<IResult> Post(Guid id, HttpContext http, SourceCommands commands)
    {
        var (body, problem) = await JsonBody.ReadAsync<IdentifyAsSameRequest>(http);
        if (problem is not null) return problem;
        return await EndpointConventions.RunAsync(http,
            (actor, expected, ct) => commands.IdentifyAsSameAsync(new IdentifySourceAsSame(id, body!.SourceId ?? Guid.Empty, body.Reason ?? string.Empty), actor, expected, ct),
            done => Results.Ok(new WriteResponse(id, done.Version, done.Position)));
    }
}
