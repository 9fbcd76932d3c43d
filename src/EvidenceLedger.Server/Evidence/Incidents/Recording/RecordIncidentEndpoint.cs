using EvidenceLedger.Evidence.Incidents.Recording;
using EvidenceLedger.Evidence.Places;
using EvidenceLedger.Server.Evidence.Http;
using EvidenceLedger.Server.Evidence.Incidents.Deciding;
using EvidenceLedger.Server.Problems;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace EvidenceLedger.Server.Evidence.Incidents.Recording;

/// <param name="Id">Optional caller-made id (a retry with the same id is refused with 409 rather than recording twice).</param>
/// <param name="Occurred">When, exactly as known, as EDTF (2015-11-18, 2015-11-16/2015-11-22, 2015-05, 2015-21 for spring, 2015-11-18~) or plain English
/// ("spring 2015", "mid-November 2015", "18/11/2015" day first, "before 20 November 2015", "16–22 November 2015"); stored as EDTF.</param>
public sealed record RecordIncidentRequest(Guid? Id, string? Title, string? Summary, string? Occurred, PlaceRequest? Place);

/// <param name="Aliases">Other spellings the place is known by (searching by any of them, or a close transliteration, finds the incident).</param>
public sealed record PlaceRequest(string? Name, IReadOnlyList<string>? Aliases, CoordinatesRequest? Coordinates);

/// <param name="PrecisionMetres">How far the true spot may lie from the coordinates.</param>
public sealed record CoordinatesRequest(double? Latitude, double? Longitude, double? PrecisionMetres)
{
    /// <summary>The coordinates, or a problem naming the missing part under <paramref name="field"/>.</summary>
    public static (Coordinates? Value, IResult? Problem) From(CoordinatesRequest? request, string field)
    {
        if (request is null) return (null, null);
        if (request.Latitude is not { } latitude) return (null, ApiProblems.Invalid($"{field}.latitude", "Coordinates need a latitude."));
        if (request.Longitude is not { } longitude) return (null, ApiProblems.Invalid($"{field}.longitude", "Coordinates need a longitude."));
        if (request.PrecisionMetres is not { } precision)
            return (null, ApiProblems.Invalid($"{field}.precisionMetres", "Coordinates need a precision in metres (how far the true spot may lie)."));
        return (new Coordinates(latitude, longitude, precision), null);
    }
}

public static class RecordIncidentEndpoint
{
    [WolverinePost("/api/incidents", OperationId = "RecordIncident")]
    [LedgerWrite<RecordIncidentRequest>("Incidents", "Records an incident: title, summary, when (EDTF) and where.", StatusCodes.Status201Created)]
    public static async Task<IResult> Post(HttpContext http, IMessageBus bus, IncidentDecisions decisions, IClock clock)
    {
        var read = await JsonBody.ReadAllAsync<RecordIncidentRequest>(http);
        if (read.Problem is not null) return read.Problem;
        var body = read.Value!;
        var errors = new RequestErrors(read.WrongTypes);
        Place? place = null;
        if (body.Place is { } given)
        {
            var (coordinates, badCoordinates) = CoordinatesRequest.From(given.Coordinates, "place.coordinates");
            errors.Add(badCoordinates);
            place = new Place(given.Name ?? string.Empty, given.Aliases?.Select(alias => alias ?? string.Empty).ToList() ?? [], coordinates);
        }

        var id = body.Id ?? Guid.CreateVersion7();
        var command = new RecordIncident(id, body.Title ?? string.Empty, body.Summary, body.Occurred ?? string.Empty, place!, clock.GetCurrentInstant());
        if (errors.Any) return errors.Answer(await decisions.CheckAsync(command, http.RequestAborted));
        return await EndpointConventions.RunAsync(http, bus, command,
            done => Results.Created(EndpointConventions.IncidentLocation(id), new WriteResponse(id, done.Version, done.Position)));
    }
}
