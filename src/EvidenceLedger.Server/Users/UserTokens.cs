using System.Security.Claims;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Hosting;
using EvidenceLedger.Server.Users.Tokens;
using NodaTime;

namespace EvidenceLedger.Server.Users;

/// <summary>Who a bearer token belongs to, looked up by its keyed hash; revoked and expired tokens belong to no one.</summary>
public sealed class UserTokens(LedgerDatabase database, TokenKey key, IClock clock)
{
    private static readonly string FindByHash = $"""
        SELECT u.user_id, u.name, u.role FROM {UsersProjection.Tokens} t JOIN {UsersProjection.Table} u ON u.user_id = t.user_id
        WHERE t.token_hmac = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > $2)
        """;

    /// <summary>The token's user, with their id, name and role as claims; null for a token no user holds now.</summary>
    public async Task<ClaimsPrincipal?> FindAsync(string token, CancellationToken ct)
    {
        await using var command = database.DataSource.CreateCommand(FindByHash);
        command.Parameters.Add(new() { Value = key.Hash(token) });
        command.Parameters.Add(new() { Value = clock.GetCurrentInstant().ToDateTimeOffset() });
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, reader.GetGuid(0).ToString()),
            new Claim(ClaimTypes.Name, reader.GetString(1)),
            new Claim(ClaimTypes.Role, reader.GetString(2)),
        ], BearerTokenHandler.SchemeName);
        return new ClaimsPrincipal(identity);
    }
}
