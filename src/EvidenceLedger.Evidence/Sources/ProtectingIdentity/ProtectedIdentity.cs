namespace EvidenceLedger.Evidence.Sources.ProtectingIdentity;

/// <summary>A source's real identity (name, contact), encrypted outside the domain under the source's own key.</summary>
/// <param name="KeyId">Which per-source key encrypted it; destroying that key is what makes shredding irreversible.</param>
/// <param name="Ciphertext">The encrypted identity, base64-encoded; opaque to the domain.</param>
public sealed record ProtectedIdentity(string KeyId, string Ciphertext);
