using EvidenceLedger.Evidence.Sources.Aliasing;
using EvidenceLedger.Server.Evidence.Http;
using Wolverine.Http;

namespace EvidenceLedger.Server.Evidence.Sources.Aliasing;

public sealed record AddSourceAliasRequest(string? Alias);

public static class AddSourceAliasEndpoint
{
    [WolverinePost("/api/sources/{id:guid}/aliases", OperationId = "AddSourceAlias")]
    [LedgerWrite<AddSourceAliasRequest>("Sources", "Records another name the same source appears under.")]
    public static async Task<IResult> Post(Guid id, HttpContext http, SourceCommands commands)
    {
        var (body, problem) = await JsonBody.ReadAsync<AddSourceAliasRequest>(http);
        if (problem is not null) return problem;
        return await EndpointConventions.RunAsync(http,
            (actor, expected, ct) => commands.HandleAsync(new AddSourceAlias(id, body!.Alias ?? string.Empty), actor, expected, ct: ct),
            done => Results.Ok(new WriteResponse(id, done.Version, done.Position)));
    }
}
