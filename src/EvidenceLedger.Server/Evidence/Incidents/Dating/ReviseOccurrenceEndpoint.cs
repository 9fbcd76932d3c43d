using EvidenceLedger.Evidence.Incidents.Dating;
using EvidenceLedger.Server.Evidence.Http;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace EvidenceLedger.Server.Evidence.Incidents.Dating;

/// <param name="Occurred">The new date, as EDTF or plain English (as when recording); stored as EDTF.</param>
public sealed record ReviseOccurrenceRequest(string? Occurred, string? Reason);

public static class ReviseOccurrenceEndpoint
{
    [WolverinePost("/api/incidents/{id:guid}/occurrence", OperationId = "ReviseIncidentOccurrence")]
    [LedgerWrite<ReviseOccurrenceRequest>("Incidents", "Re-dates the incident (EDTF), with a reason.")]
    public static async Task<IResult> Post(Guid id, HttpContext http, IMessageBus bus, IClock clock)
    {
        var (body, problem) = await JsonBody.ReadAsync<ReviseOccurrenceRequest>(http);
        if (problem is not null) return problem;
        return await EndpointConventions.RunAsync(http, bus,
            new ReviseIncidentOccurrence(id, body!.Occurred ?? string.Empty, body.Reason ?? string.Empty, clock.GetCurrentInstant()),
            done => Results.Ok(new WriteResponse(id, done.Version, done.Position)));
    }
}
