using EvidenceLedger.Evidence.Incidents.PlaceAliasing;
using EvidenceLedger.Server.Evidence.Http;
using Wolverine;
using Wolverine.Http;

namespace EvidenceLedger.Server.Evidence.Incidents.PlaceAliasing;

public sealed record AddPlaceAliasRequest(string? Alias);

public static class AddPlaceAliasEndpoint
{
    [WolverinePost("/api/incidents/{id:guid}/place/aliases", OperationId = "AddIncidentPlaceAlias")]
    [LedgerWrite<AddPlaceAliasRequest>("Incidents", "Records another spelling of the incident's place (any script).")]
    public static async Task<IResult> Post(Guid id, HttpContext http, IMessageBus bus)
    {
        var (body, problem) = await JsonBody.ReadAsync<AddPlaceAliasRequest>(http);
        if (problem is not null) return problem;
        return await EndpointConventions.RunAsync(http, bus, new AddIncidentPlaceAlias(id, body!.Alias ?? string.Empty),
            done => Results.Ok(new WriteResponse(id, done.Version, done.Position)));
    }
}
