using System.Security.Claims;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Users.Tokens;
using Marten;
using NodaTime;

namespace EvidenceLedger.Server.Users;

/// <summary>Who a bearer token belongs to, looked up by its keyed hash; revoked and expired tokens belong to no one.</summary>
public sealed class UserTokens(IDocumentStore documents, TokenKey key, IClock clock)
{
    /// <summary>The token's user, with their id, name and role as claims; null for a token no user holds now.</summary>
    public async Task<ClaimsPrincipal?> FindAsync(string token, CancellationToken ct)
    {
        var hash = key.Hash(token);
        await using var session = documents.QuerySession();
        var account = await session.Query<UserAccount>().Where(a => a.Tokens.Any(t => t.TokenHmac == hash)).SingleOrDefaultAsync(ct);
        var now = clock.GetCurrentInstant();
        if (account is null || !account.Tokens.Any(t => t.TokenHmac == hash && account.Holds(t, now))) return null;

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, account.UserId.ToString()),
            new Claim(ClaimTypes.Name, account.Name),
            new Claim(ClaimTypes.Role, account.Role),
        ], BearerTokenHandler.SchemeName);
        return new ClaimsPrincipal(identity);
    }
}
