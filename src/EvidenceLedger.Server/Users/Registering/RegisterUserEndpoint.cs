using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Evidence.Http;

namespace EvidenceLedger.Server.Users.Registering;

public static class RegisterUserEndpoint
{
    public static IEndpointRouteBuilder MapRegisterUser(this IEndpointRouteBuilder users)
    {
        users.MapPost("", async (UserAccounts accounts, HttpContext http, CancellationToken ct) =>
        {
            var (request, problem) = await JsonBody.ReadAsync<RegisterUserRequest>(http);
            if (problem is not null) return problem;
            var outcome = await accounts.RegisterAsync(request!.Name, request.Role, http.User.Actor(), request.Reason, expiresAt: request.ExpiresAt, ct: ct);
            if (!outcome.IsDone) return UserProblems.From(outcome);
            var (user, token) = (outcome.User!, outcome.Token!);
            return Results.Created($"/api/users/{user.Id}", new RegisteredUserResponse(user.Id, user.Name, user.Role, token.Token, token.TokenId, token.ExpiresAt));
        }).Accepts<RegisterUserRequest>(EndpointConventions.Json);
        return users;
    }
}
