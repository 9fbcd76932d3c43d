using EvidenceLedger.Evidence.Sources.Aliasing;
using EvidenceLedger.Server.Evidence.Http;

namespace EvidenceLedger.Server.Evidence.Sources.Aliasing;

public sealed record AddSourceAliasRequest(string? Alias);

public static class AddSourceAliasEndpoint
{
    public static RouteHandlerBuilder MapAddSourceAlias(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/sources/{id:guid}/aliases", async (Guid id, HttpContext http, SourceCommands commands) =>
        {
            var (body, problem) = await JsonBody.ReadAsync<AddSourceAliasRequest>(http);
            if (problem is not null) return problem;
            return await EndpointConventions.RunAsync(http,
                (actor, expected, ct) => commands.HandleAsync(new AddSourceAlias(id, body!.Alias ?? string.Empty), actor, expected, ct: ct),
                done => Results.Ok(new WriteResponse(id, done.Version, done.Position)));
        })
        .Write<AddSourceAliasRequest>("AddSourceAlias", "Sources", "Records another name the same source appears under.");
}
