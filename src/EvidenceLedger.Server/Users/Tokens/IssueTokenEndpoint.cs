using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Evidence.Http;
using NodaTime;

namespace EvidenceLedger.Server.Users.Tokens;

public sealed record IssueTokenRequest(Instant? ExpiresAt = null, string? Reason = null);

public sealed record IssuedTokenResponse(Guid UserId, Guid TokenId, string Token, Instant? ExpiresAt);

public static class IssueTokenEndpoint
{
    /// <summary>A new token for the user, answered once; their other tokens keep working until revoked.</summary>
    public static IEndpointRouteBuilder MapIssueToken(this IEndpointRouteBuilder users)
    {
        users.MapPost("/{id:guid}/tokens", async (Guid id, UserAccounts accounts, HttpContext http, CancellationToken ct) =>
        {
            var (request, problem) = await JsonBody.ReadAsync<IssueTokenRequest>(http, optional: true);
            if (problem is not null) return problem;
            var outcome = await accounts.IssueTokenAsync(id, http.User.Actor(), request?.Reason, request?.ExpiresAt, ct);
            if (!outcome.IsDone) return UserProblems.From(outcome);
            var token = outcome.Token!;
            return Results.Created($"/api/users/{id}", new IssuedTokenResponse(id, token.TokenId, token.Token, token.ExpiresAt));
        }).Accepts<IssueTokenRequest>(EndpointConventions.Json);
        return users;
    }
}
