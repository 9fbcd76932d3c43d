using EvidenceLedger.Evidence.Incidents.Describing;
using EvidenceLedger.Server.Evidence.Http;
using Wolverine;
using Wolverine.Http;

namespace EvidenceLedger.Server.Evidence.Incidents.Describing;

public sealed record ReviseDescriptionRequest(string? Title, string? Summary, string? Reason);

public static class ReviseDescriptionEndpoint
{
    [WolverinePost("/api/incidents/{id:guid}/description", OperationId = "ReviseIncidentDescription")]
    [LedgerWrite<ReviseDescriptionRequest>("Incidents", "Revises the incident's title and summary, with a reason.")]
    public static async Task<IResult> Post(Guid id, HttpContext http, IMessageBus bus)
    {
        var (body, problem) = await JsonBody.ReadAsync<ReviseDescriptionRequest>(http);
        if (problem is not null) return problem;
        return await EndpointConventions.RunAsync(http, bus,
            new ReviseIncidentDescription(id, body!.Title ?? string.Empty, body.Summary, body.Reason ?? string.Empty),
            done => Results.Ok(new WriteResponse(id, done.Version, done.Position)));
    }
}
