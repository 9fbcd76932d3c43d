using System.Security.Cryptography;
using EvidenceLedger.Server.Hosting;

namespace EvidenceLedger.Server.Evidence.Sources.ProtectingIdentity;

/// <summary>
/// The key-encryption keys (KEKs) the per-source keys are wrapped under, in one owner-only file that never enters
/// PostgreSQL: a dump, the WAL or a backup of the database holds only wrapped keys. The first line is the current KEK;
/// any further ones are retiring KEKs, listed only while a rotation is under way (see <see cref="SourceKeyVault"/>).
/// Each line is <c>&lt;kek id&gt; &lt;base64 32-byte key&gt;</c>.
/// With a <paramref name="fileSecret"/> (<c>Ledger:IdentityKeySecret</c>, e.g. an environment secret) the file holds those
/// lines only sealed under it (<see cref="SealedKeyFile"/>): a copy of the file alone opens nothing. The secret never
/// changes, the keys inside still rotate on every shred, so a shred stays final: the old KEK is gone from every file
/// written since, whatever secret is kept.
/// </summary>
public sealed class KeyEncryptionKeys(string path, byte[]? fileSecret = null)
{

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>The keys in the file, creating it with a fresh current key when there is none.</summary>
    public KekRing Load()
    {
        if (!File.Exists(Path))
        {
            OwnerOnlyFiles.CreateFolder(System.IO.Path.GetDirectoryName(Path)!);
            TryCreate(new KekRing(Kek.New(), []));
        }
        var text = File.ReadAllText(Path);
        var sealedFile = SealedKeyFile.IsSealed(text);
        if (sealedFile && fileSecret is null)
            throw new InvalidOperationException($"{Path} is sealed: set Ledger:IdentityKeySecret to the secret it was sealed under.");
        var ring = Parse((sealedFile ? SealedKeyFile.Open(text, fileSecret!, Path) : text).Split('\n'));
        // A file written before a secret was configured is sealed the first time it is read with one.
        if (!sealedFile && fileSecret is not null) Save(ring);
        return ring;
    }

    /// <summary>
    /// Replaces the file's content atomically (written beside it, flushed to disk, renamed over it): after a crash the
    /// file holds either the old ring or the new one, never half of each.
    /// </summary>
    public void Save(KekRing ring)
    {
        ArgumentNullException.ThrowIfNull(ring);
        var staging = $"{Path}.{Environment.ProcessId}.{Guid.NewGuid():N}.new";
        Write(staging, ring);
        File.Move(staging, Path, overwrite: true);
    }

    private void TryCreate(KekRing ring)
    {
        var staging = $"{Path}.{Environment.ProcessId}.{Guid.NewGuid():N}.new";
        Write(staging, ring);
        try
        {
            File.Move(staging, Path, overwrite: false);
        }
        catch (IOException) when (File.Exists(Path))
        {
            // Another process created it first: its key is the one.
            File.Delete(staging);
        }
    }

    private void Write(string staging, KekRing ring)
    {
        using var stream = new FileStream(staging, OwnerOnlyFiles.NewFile(FileOptions.WriteThrough));
        var lines = string.Concat(ring.Retiring.Prepend(ring.Current).Select(Line));
        using (var writer = new StreamWriter(stream, leaveOpen: true))
        {
            writer.Write(fileSecret is null ? lines : SealedKeyFile.Seal(lines, fileSecret));
        }
        stream.Flush(flushToDisk: true);
    }

    private static string Line(Kek kek) => $"{kek.Id} {Convert.ToBase64String(kek.Key)}\n";

    private KekRing Parse(string[] lines)
    {
        var keks = lines.Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).Select(line =>
        {
            var parts = line.Split(' ');
            if (parts.Length != 2) throw new InvalidOperationException($"{Path} is not a key-encryption key file (a line is not '<id> <base64 key>').");
            var key = Convert.FromBase64String(parts[1]);
            if (key.Length != Kek.KeyBytes) throw new InvalidOperationException($"{Path} holds a key of {key.Length} bytes, not {Kek.KeyBytes}.");
            return new Kek(parts[0], key);
        }).ToList();
        if (keks.Count == 0) throw new InvalidOperationException($"{Path} holds no key-encryption key.");
        return new KekRing(keks[0], keks[1..]);
    }
}

/// <summary>One key-encryption key: its id (stored beside every key it wraps) and its 32 bytes.</summary>
public sealed record Kek(string Id, byte[] Key)
{
    public const int KeyBytes = 32;

    public static Kek New() => new("kek-" + Guid.NewGuid().ToString("N"), RandomNumberGenerator.GetBytes(KeyBytes));
}

/// <param name="Retiring">The keys being rotated away from, until no wrapped key is under them any more.</param>
public sealed record KekRing(Kek Current, IReadOnlyList<Kek> Retiring)
{
    public Kek? Find(string kekId) => Current.Id == kekId ? Current : Retiring.FirstOrDefault(kek => kek.Id == kekId);
}
