using System.Security.Claims;
using System.Text.Encodings.Web;
using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.Server.Hosting;
using EvidenceLedger.Server.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace EvidenceLedger.Server.Authentication;

/// <summary>Bearer tokens looked up by their SHA-256 in the users projection (tokens themselves are never stored).</summary>
public sealed class BearerTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, LedgerDatabase database)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = TokenFromRequest();
        if (token is null) return AuthenticateResult.NoResult();

        await using var command = database.DataSource.CreateCommand(
            $"SELECT user_id, name, role FROM \"{ProjectionSchemas.Live(UsersProjection.ProjectionName)}\".users WHERE token_sha256 = $1");
        command.Parameters.Add(new() { Value = BearerTokens.Hash(token) });
        await using var reader = await command.ExecuteReaderAsync(Context.RequestAborted);
        if (!await reader.ReadAsync(Context.RequestAborted)) return AuthenticateResult.Fail("Unknown bearer token.");

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, reader.GetGuid(0).ToString()),
            new Claim(ClaimTypes.Name, reader.GetString(1)),
            new Claim(ClaimTypes.Role, reader.GetString(2)),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    private string? TokenFromRequest()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return header["Bearer ".Length..].Trim();
        // The server-rendered pages sign in once and keep the token in an HttpOnly cookie.
        return Request.Cookies.TryGetValue(SessionCookie.Name, out var cookie) && cookie.Length > 0 ? cookie : null;
    }
}
