namespace EvidenceLedger.Server.Web.Shared;

/// <summary>
/// The <see cref="Authentication.LedgerPolicies"/> policy a page (on its model class) or one of its handlers (on the
/// method) needs; <see cref="SignedInPageFilter"/> refuses with 403 when the signed-in role may not use it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequiresPolicyAttribute(string policy) : Attribute
{
    public string Policy { get; } = policy;
}
