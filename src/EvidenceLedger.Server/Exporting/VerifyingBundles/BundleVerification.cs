namespace EvidenceLedger.Server.Exporting.VerifyingBundles;

/// <summary>
/// What verify-bundle found: every check that held, in order, and the first failure if one did not (checking stops there).
/// </summary>
/// <param name="TrustedKey">The key the checkpoint was checked against (<c>name+keyid</c>), once one was chosen.</param>
/// <param name="TrustedKeySource">Where that key came from: pinned with --key, or the bundle's own public-key.txt.</param>
/// <param name="BundleSha256">SHA-256 of the zip file (hex), to compare with the ledger's record of the export; null for an unzipped folder.</param>
public sealed record BundleVerification(IReadOnlyList<string> Passed, BundleFailure? Failure, string? TrustedKey, string? TrustedKeySource, string? BundleSha256)
{
    public bool Ok => Failure is null;
}
