using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Incidents.Deciding;
using Wolverine;

namespace EvidenceLedger.Server.Evidence.Http;

/// <summary>The shared shape of the evidence endpoints: their OpenAPI description and the write pipeline.</summary>
internal static class EndpointConventions
{
    public const string Json = "application/json";

    /// <summary>A write: documented request and response, every problem it can answer, and the policy it needs.</summary>
    public static RouteHandlerBuilder Write<TRequest>(this RouteHandlerBuilder endpoint, string name, string tag, string summary,
        int successStatus = StatusCodes.Status200OK, string policy = LedgerPolicies.Write)
        where TRequest : notnull =>
        endpoint.RequireAuthorization(policy)
            .WithName(name)
            .WithTags(tag)
            .WithSummary(summary)
            .WithDescription("Answers with an ETag of the stream's new version; send it back as If-Match to refuse (412) if anyone changed the stream since. "
                + "Without If-Match, a change made between reading and appending is refused with 409. Rejections append nothing.")
            .Accepts<TRequest>(Json)
            .Produces<WriteResponse>(successStatus)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    /// <summary>A read: the current state by default, or as of <c>asOf</c>/<c>atPosition</c> for the History policy.</summary>
    public static RouteHandlerBuilder Read<TResponse>(this RouteHandlerBuilder endpoint, string name, string tag, string summary, string policy = LedgerPolicies.Read) =>
        endpoint.RequireAuthorization(policy)
            .WithName(name)
            .WithTags(tag)
            .WithSummary(summary)
            .WithDescription("asOf (an ISO-8601 instant) or atPosition (a ledger position) replays the ledger up to that point and shows exactly what it held then; "
                + "either needs the auditor or admin role (403 otherwise). Current reads answer with an ETag of the stream version.")
            .Produces<TResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>Runs an incident command for the authenticated user with the request's If-Match, answering as <see cref="EvidenceResults.Written"/>.</summary>
    public static Task<IResult> RunAsync(HttpContext http, IMessageBus bus, IIncidentCommand command,
        Func<CommandOutcome.Accepted, IResult> accepted) =>
        RunAsync(http, (actor, expected, ct) => bus.InvokeAsync<CommandOutcome>(DecideIncident.For(command, actor, expected), ct), accepted);

    /// <summary>Runs a write (given the actor, the expected version and the token) for the authenticated user with the request's If-Match.</summary>
    public static async Task<IResult> RunAsync(HttpContext http, Func<string, long?, CancellationToken, Task<CommandOutcome>> write,
        Func<CommandOutcome.Accepted, IResult> accepted)
    {
        var (expected, problem) = IfMatch.Read(http.Request);
        if (problem is not null) return problem;
        var outcome = await write(http.User.Actor(), expected, http.RequestAborted);
        return EvidenceResults.Written(http, outcome, accepted);
    }

    public static string SourceLocation(Guid sourceId) => $"/api/sources/{sourceId:D}";

    public static string IncidentLocation(Guid incidentId) => $"/api/incidents/{incidentId:D}";

    public static string ClaimLocation(Guid incidentId, Guid claimId) => $"/api/incidents/{incidentId:D}/claims/{claimId:D}";
}
