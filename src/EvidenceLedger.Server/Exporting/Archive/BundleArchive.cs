using System.Security.Cryptography;
using EvidenceLedger.Server.Hosting;

namespace EvidenceLedger.Server.Exporting.Archive;

/// <summary>
/// Every bundle handed out, kept so it can be handed out again: files named by their SHA-256 under
/// <c>Ledger:BundleDirectory</c> (default <c>&lt;data directory&gt;/bundles</c>, owner-only). A kept copy is served only if
/// it still hashes to what the ledger recorded when it was sealed.
/// </summary>
public sealed class BundleArchive(IConfiguration configuration)
{

    public string Directory { get; } = configuration["Ledger:BundleDirectory"] is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.Combine(LedgerDatabaseBootstrap.DataDirectory(configuration), "bundles");

    public async Task KeepAsync(string sha256, byte[] bundle, CancellationToken ct)
    {
        var path = PathOf(sha256);
        if (File.Exists(path)) return;
        OwnerOnlyFiles.CreateFolder(Directory);
        var staging = $"{path}.{Guid.NewGuid():N}.new";
        await using (var file = new FileStream(staging, OwnerOnlyFiles.NewFile(FileOptions.WriteThrough))) await file.WriteAsync(bundle, ct);
        File.Move(staging, path, overwrite: true);
    }

    /// <summary>The kept copy of the bundle recorded with <paramref name="sha256"/>: missing, altered, or intact.</summary>
    public async Task<KeptBundle> FindAsync(string sha256, CancellationToken ct)
    {
        var path = PathOf(sha256);
        if (!File.Exists(path)) return new KeptBundle(KeptBundleState.Missing, null);
        var bytes = await File.ReadAllBytesAsync(path, ct);
        return Convert.ToHexStringLower(SHA256.HashData(bytes)) == sha256
            ? new KeptBundle(KeptBundleState.Intact, bytes)
            : new KeptBundle(KeptBundleState.Altered, null);
    }

    private string PathOf(string sha256) =>
        sha256.Length == 64 && sha256.All(Uri.IsHexDigit) ? Path.Combine(Directory, sha256.ToLowerInvariant() + ".zip")
            : throw new ArgumentException("Not a SHA-256 in hex.", nameof(sha256));
}

public enum KeptBundleState
{
    Missing,
    Altered,
    Intact,
}

public sealed record KeptBundle(KeptBundleState State, byte[]? Bytes);
