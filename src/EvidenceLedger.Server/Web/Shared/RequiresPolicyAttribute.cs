namespace EvidenceLedger.Server.Web.Shared;

/// <summary>
/// The authorization policy (see <see cref="Authentication.LedgerPolicies"/>) a page (on its model class) or one of its
/// handlers (on the method) needs; <see cref="SignedInPageFilter"/> refuses with 403 when the signed-in user does not meet it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequiresPolicyAttribute(string policy) : Attribute
{
    public string Policy { get; } = policy;
}
