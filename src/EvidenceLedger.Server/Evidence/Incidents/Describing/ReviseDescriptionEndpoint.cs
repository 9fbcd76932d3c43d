using EvidenceLedger.Evidence.Incidents.Describing;
using EvidenceLedger.Server.Evidence.Http;

namespace EvidenceLedger.Server.Evidence.Incidents.Describing;

public sealed record ReviseDescriptionRequest(string? Title, string? Summary, string? Reason);

public static class ReviseDescriptionEndpoint
{
    public static RouteHandlerBuilder MapReviseDescription(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/incidents/{id:guid}/description", async (Guid id, HttpContext http, IncidentCommands commands) =>
        {
            var (body, problem) = await JsonBody.ReadAsync<ReviseDescriptionRequest>(http);
            if (problem is not null) return problem;
            return await EndpointConventions.RunAsync(http, commands,
                new ReviseIncidentDescription(id, body!.Title ?? string.Empty, body.Summary, body.Reason ?? string.Empty),
                done => Results.Ok(new WriteResponse(id, done.Version, done.Position)));
        })
        .Write<ReviseDescriptionRequest>("ReviseIncidentDescription", "Incidents", "Revises the incident's title and summary, with a reason.");
}
