using System.Security.Claims;
using EvidenceLedger.Server.Authentication;
using Microsoft.AspNetCore.Authentication;

namespace EvidenceLedger.Server.Web.SignIn;

/// <summary>Asks the API's own bearer-token handler who a token belongs to, so signing in accepts exactly the tokens the API does.</summary>
public static class TokenCheck
{
    public static async Task<ClaimsPrincipal?> IdentifyAsync(HttpContext http, string token)
    {
        // A fresh scope: the request's own handler has already authenticated this request and keeps that result.
        await using var scope = http.RequestServices.CreateAsyncScope();
        var probe = new DefaultHttpContext { RequestServices = scope.ServiceProvider, RequestAborted = http.RequestAborted };
        probe.Request.Headers.Authorization = "Bearer " + token;
        var result = await probe.AuthenticateAsync(BearerTokenHandler.SchemeName);
        return result.Succeeded ? result.Principal : null;
    }
}
