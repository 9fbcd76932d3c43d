using EvidenceLedger.Evidence.Incidents.Relocating;
using EvidenceLedger.Server.Evidence.Http;
using EvidenceLedger.Server.Evidence.Incidents.Deciding;
using EvidenceLedger.Server.Evidence.Incidents.Recording;
using Wolverine;
using Wolverine.Http;

namespace EvidenceLedger.Server.Evidence.Incidents.Relocating;

public sealed record RelocateIncidentRequest(string? PlaceName, CoordinatesRequest? Coordinates, string? Reason);

public static class RelocateIncidentEndpoint
{
    [WolverinePost("/api/incidents/{id:guid}/place", OperationId = "RelocateIncident")]
    [LedgerWrite<RelocateIncidentRequest>("Incidents", "Moves the incident to another place name and coordinates (aliases are kept), with a reason.")]
    public static async Task<IResult> Post(Guid id, HttpContext http, IMessageBus bus, IncidentDecisions decisions)
    {
        var read = await JsonBody.ReadAllAsync<RelocateIncidentRequest>(http);
        if (read.Problem is not null) return read.Problem;
        var body = read.Value!;
        var errors = new RequestErrors(read.WrongTypes);
        var (coordinates, badCoordinates) = CoordinatesRequest.From(body.Coordinates, "coordinates");
        errors.Add(badCoordinates);
        var command = new RelocateIncident(id, body.PlaceName ?? string.Empty, coordinates, body.Reason ?? string.Empty);
        if (errors.Any) return errors.Answer(await decisions.CheckAsync(command, http.RequestAborted));
        return await EndpointConventions.RunAsync(http, bus, command,
            done => Results.Ok(new WriteResponse(id, done.Version, done.Position)));
    }
}
