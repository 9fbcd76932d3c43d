using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Evidence.Http;

namespace EvidenceLedger.Server.Users.ChangingRole;

public sealed record ChangeRoleRequest(string? Role, string? Reason = null);

public static class ChangeRoleEndpoint
{
    public static IEndpointRouteBuilder MapChangeRole(this IEndpointRouteBuilder users)
    {
        users.MapPost("/{id:guid}/role", async (Guid id, UserAccounts accounts, HttpContext http, CancellationToken ct) =>
        {
            var (request, problem) = await JsonBody.ReadAsync<ChangeRoleRequest>(http);
            if (problem is not null) return problem;
            var outcome = await accounts.ChangeRoleAsync(id, request!.Role, http.User.Actor(), request.Reason, ct);
            return outcome.IsDone ? Results.Ok(UserDocument.From(outcome.User!)) : UserProblems.From(outcome);
        }).Accepts<ChangeRoleRequest>(EndpointConventions.Json);
        return users;
    }
}
