using System.Security.Claims;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Hosting;

namespace EvidenceLedger.Server.Users;

/// <summary>Who a bearer token belongs to, looked up by its SHA-256 in the users projection (tokens themselves are never stored).</summary>
public sealed class UserTokens(LedgerDatabase database)
{
    private static readonly string FindByHash = $"SELECT user_id, name, role FROM {UsersProjection.Table} WHERE token_sha256 = $1";

    /// <summary>The token's user, with their id, name and role as claims; null for a token no user holds.</summary>
    public async Task<ClaimsPrincipal?> FindAsync(string token, CancellationToken ct)
    {
        await using var command = database.DataSource.CreateCommand(FindByHash);
        command.Parameters.Add(new() { Value = BearerTokens.Hash(token) });
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
