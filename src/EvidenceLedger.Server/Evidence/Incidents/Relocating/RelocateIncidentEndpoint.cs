using EvidenceLedger.Evidence.Incidents.Relocating;
using EvidenceLedger.Server.Evidence.Http;
using EvidenceLedger.Server.Evidence.Incidents.Recording;

namespace EvidenceLedger.Server.Evidence.Incidents.Relocating;

public sealed record RelocateIncidentRequest(string? PlaceName, CoordinatesRequest? Coordinates, string? Reason);

public static class RelocateIncidentEndpoint
{
    public static RouteHandlerBuilder MapRelocateIncident(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/incidents/{id:guid}/place", async (Guid id, HttpContext http, IncidentCommands commands) =>
        {
            var (body, problem) = await JsonBody.ReadAsync<RelocateIncidentRequest>(http);
            if (problem is not null) return problem;
            var (coordinates, badCoordinates) = CoordinatesRequest.From(body!.Coordinates, "coordinates");
            if (badCoordinates is not null) return badCoordinates;
            return await EndpointConventions.RunAsync(http, commands,
                new RelocateIncident(id, body.PlaceName ?? string.Empty, coordinates, body.Reason ?? string.Empty),
                done => Results.Ok(new WriteResponse(id, done.Version, done.Position)));
        })
        .Write<RelocateIncidentRequest>("RelocateIncident", "Incidents", "Moves the incident to another place name and coordinates (aliases are kept), with a reason.");
}
