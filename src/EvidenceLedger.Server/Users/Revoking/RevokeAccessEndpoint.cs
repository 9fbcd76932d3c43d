using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Evidence.Http;

namespace EvidenceLedger.Server.Users.Revoking;

public sealed record RevokeAccessRequest(string? Reason = null);

public static class RevokeAccessEndpoint
{
    /// <summary>Every token of the user stops working at once: their next request with any of them is a 401.</summary>
    public static IEndpointRouteBuilder MapRevokeAccess(this IEndpointRouteBuilder users)
    {
        users.MapPost("/{id:guid}/revoke", async (Guid id, UserAccounts accounts, HttpContext http, CancellationToken ct) =>
        {
            var (request, problem) = await JsonBody.ReadAsync<RevokeAccessRequest>(http, optional: true);
            if (problem is not null) return problem;
            var outcome = await accounts.RevokeAsync(id, http.User.Actor(), request?.Reason, ct);
            return outcome.IsDone ? Results.Ok(UserDocument.From(outcome.User!)) : UserProblems.From(outcome);
        }).Accepts<RevokeAccessRequest>(EndpointConventions.Json);
        return users;
    }
}
