using System.Security.Cryptography;

namespace EvidenceLedger.Server.Evidence.Sources.ProtectingIdentity;

/// <summary>
/// The key-encryption keys (KEKs) the per-source keys are wrapped under, in one owner-only file that never enters
/// PostgreSQL: a dump, the WAL or a backup of the database holds only wrapped keys. The first line is the current KEK;
/// any further ones are retiring KEKs, listed only while a rotation is under way (see <see cref="SourceKeyVault"/>).
/// Each line is <c>&lt;kek id&gt; &lt;base64 32-byte key&gt;</c>.
/// </summary>
public sealed class KeyEncryptionKeys(string path)
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>The keys in the file, creating it with a fresh current key when there is none.</summary>
    public KekRing Load()
    {
        if (!File.Exists(Path))
        {
            var directory = System.IO.Path.GetDirectoryName(Path)!;
            if (OperatingSystem.IsWindows()) Directory.CreateDirectory(directory);
            else Directory.CreateDirectory(directory, OwnerOnly | UnixFileMode.UserExecute);
            TryCreate(new KekRing(Kek.New(), []));
        }
        return Parse(File.ReadAllLines(Path));
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

    private static void Write(string staging, KekRing ring)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.WriteThrough };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnly;
        using var stream = new FileStream(staging, options);
        using (var writer = new StreamWriter(stream, leaveOpen: true))
        {
            writer.Write(Line(ring.Current));
            foreach (var retiring in ring.Retiring) writer.Write(Line(retiring));
        }
        stream.Flush(flushToDisk: true);
    }

    private static string Line(Kek kek) => $"{kek.Id} {Convert.ToBase64String(kek.Key)}\n";

    private KekRing Parse(string[] lines)
    {
        var keks = lines.Where(line => line.Length > 0).Select(line =>
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
