using System.Text.Encodings.Web;
using EvidenceLedger.Server.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace EvidenceLedger.Server.Authentication;

/// <summary>Authenticates a request by the bearer token in its Authorization header, or, for the pages, their session cookie.</summary>
public sealed class BearerTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, UserTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = TokenFromRequest();
        if (token is null) return AuthenticateResult.NoResult();

        var user = await tokens.FindAsync(token, Context.RequestAborted);
        return user is null
            ? AuthenticateResult.Fail("Unknown bearer token.")
            : AuthenticateResult.Success(new AuthenticationTicket(user, SchemeName));
    }

    private string? TokenFromRequest()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return header["Bearer ".Length..].Trim();
        // The server-rendered pages sign in once and keep the token in an HttpOnly cookie, and their forms carry
        // antiforgery tokens. The JSON API takes only the Authorization header: a page of another site the browser
        // sends the cookie with could otherwise write through it.
        if (Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)) return null;
        return Request.Cookies.TryGetValue(SessionCookie.Name, out var cookie) && cookie.Length > 0 ? cookie : null;
    }
}
