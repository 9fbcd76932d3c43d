using EvidenceLedger.Server.Authentication;

namespace EvidenceLedger.Server.Users.Registering;

public static class RegisterUserEndpoint
{
    public static IEndpointRouteBuilder MapRegisterUser(this IEndpointRouteBuilder users)
    {
        users.MapPost("", async (RegisterUserRequest request, UserAccounts accounts, HttpContext http, CancellationToken ct) =>
        {
            var outcome = await accounts.RegisterAsync(request.Name, request.Role, http.User.Actor(), request.Reason, expiresAt: request.ExpiresAt, ct: ct);
            if (!outcome.IsDone) return UserProblems.From(outcome);
            var (user, token) = (outcome.User!, outcome.Token!);
            return Results.Created($"/api/users/{user.Id}", new RegisteredUserResponse(user.Id, user.Name, user.Role, token.Token, token.TokenId, token.ExpiresAt));
        });
        return users;
    }
}
