using EvidenceLedger.Server.Integrity.Keys;

namespace EvidenceLedger.Server.Evidence.Sources.ProtectingIdentity;

/// <summary>Where the key-encryption keys live: <c>Ledger:IdentityKeyFile</c>, else <c>keys/identity-kek.key</c> under the data directory.</summary>
public static class IdentityKeyFile
{
    public const string FileName = "identity-kek.key";

    public static string PathFrom(IConfiguration configuration) =>
        configuration["Ledger:IdentityKeyFile"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(LedgerKeyFiles.KeyDirectory(configuration), FileName);
}
