using System.Security.Claims;
using EvidenceLedger.Server.Authentication;

namespace EvidenceLedger.Server.Web.Shared;

public static class WebUser
{
    /// <summary>Whether the signed-in user's role allows the policy: pages offer only what this says yes to.</summary>
    public static bool May(this ClaimsPrincipal user, string policy) => LedgerPolicies.Allows(policy, user.Role());
}
