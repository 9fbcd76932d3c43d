using System.Security.Claims;

namespace EvidenceLedger.Server.Authentication;

public static class LedgerClaims
{
    /// <summary>The actor recorded on events: always the authenticated user's name, never anything from a request body.</summary>
    public static string Actor(this ClaimsPrincipal user) =>
        user.Identity?.Name ?? throw new InvalidOperationException("No authenticated user to record as the actor.");

    public static string? Role(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Role);
}
