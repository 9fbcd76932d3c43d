namespace EvidenceLedger.Server.Exporting.VerifyingBundles;

/// <summary>
/// What verify-bundle found: every check that held, in order, and the first failure if one did not (checking stops there).
/// </summary>
/// <param name="Key">The key the bundle's checkpoints were checked against, once it was read.</param>
/// <param name="BundleSha256">SHA-256 of the zip file (hex), to compare with the ledger's record of the export; null for an unzipped folder.</param>
public sealed record BundleVerification(IReadOnlyList<string> Passed, BundleFailure? Failure, BundleKey? Key, string? BundleSha256)
{
    /// <summary>Every check holds under the bundle's own key: the bundle is internally consistent.</summary>
    public bool Ok => Failure is null;

    /// <summary>Every check holds, and under a key the checker trusts: only this is "VERIFIED".</summary>
    public bool Confirmed => Ok && Key is { Trusted: true };
}

/// <param name="Name"><c>name+keyid</c>.</param>
/// <param name="Fingerprint">Lower-case hex SHA-256 of the raw public key.</param>
/// <param name="Trusted">The key is one the checker supplied (<c>--key</c>, <c>--trust</c>), not merely the bundle's own.</param>
public sealed record BundleKey(string Name, string Fingerprint, bool Trusted);
