using EvidenceLedger.Server.Authentication;

namespace EvidenceLedger.Server.Web.Shared;

/// <summary>The session cookie that carries a signed-in user's bearer token to the server on every page.</summary>
public static class SessionCookies
{
    public static void Set(HttpResponse response, string token) =>
        response.Cookies.Append(SessionCookie.Name, token, Options(response.HttpContext.Request.IsHttps));

    public static void Remove(HttpResponse response) =>
        response.Cookies.Delete(SessionCookie.Name, Options(response.HttpContext.Request.IsHttps));

    // Secure only over HTTPS: the server also answers plain HTTP on loopback and in development.
    private static CookieOptions Options(bool secure) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = secure,
        Path = "/",
        IsEssential = true,
    };
}
