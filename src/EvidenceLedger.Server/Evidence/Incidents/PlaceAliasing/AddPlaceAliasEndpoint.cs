using EvidenceLedger.Evidence.Incidents.PlaceAliasing;
using EvidenceLedger.Server.Evidence.Http;

namespace EvidenceLedger.Server.Evidence.Incidents.PlaceAliasing;

public sealed record AddPlaceAliasRequest(string? Alias);

public static class AddPlaceAliasEndpoint
{
    public static RouteHandlerBuilder MapAddPlaceAlias(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/incidents/{id:guid}/place/aliases", async (Guid id, HttpContext http, IncidentCommands commands) =>
        {
            var (body, problem) = await JsonBody.ReadAsync<AddPlaceAliasRequest>(http);
            if (problem is not null) return problem;
            return await EndpointConventions.RunAsync(http, commands, new AddIncidentPlaceAlias(id, body!.Alias ?? string.Empty),
                done => Results.Ok(new WriteResponse(id, done.Version, done.Position)));
        })
        .Write<AddPlaceAliasRequest>("AddIncidentPlaceAlias", "Incidents", "Records another spelling of the incident's place (any script).");
}
