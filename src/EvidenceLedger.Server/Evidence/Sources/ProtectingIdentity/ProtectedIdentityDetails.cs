namespace EvidenceLedger.Server.Evidence.Sources.ProtectingIdentity;

/// <summary>Who a source really is: kept only encrypted under the source's own key, shown only to admins.</summary>
public sealed record ProtectedIdentityDetails(string RealName, string? Contact)
{
    /// <summary>Never the identity: whatever prints this (a log of a failed command) must not reveal who the source is.</summary>
    public override string ToString() => "ProtectedIdentityDetails { withheld }";
}
