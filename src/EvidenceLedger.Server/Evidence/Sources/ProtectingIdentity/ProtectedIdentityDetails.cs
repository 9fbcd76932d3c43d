namespace EvidenceLedger.Server.Evidence.Sources.ProtectingIdentity;

/// <summary>Who a source really is: kept only encrypted under the source's own key, shown only to admins.</summary>
public sealed record ProtectedIdentityDetails(string RealName, string? Contact);
