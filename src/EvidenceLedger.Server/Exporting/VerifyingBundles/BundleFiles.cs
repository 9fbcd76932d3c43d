using System.IO.Compression;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.VerifyingBundles;

/// <summary>A bundle's files by their path inside it, read from the zip (or from a folder it was unzipped into).</summary>
public sealed class BundleFiles
{
    private readonly Dictionary<string, byte[]> _files;

    private BundleFiles(Dictionary<string, byte[]> files, string? zipSha256)
    {
        _files = files;
        ZipSha256 = zipSha256;
    }

    public IReadOnlyCollection<string> Paths => _files.Keys;

    /// <summary>Lower-case hex SHA-256 of the zip as read; null when read from a folder.</summary>
    public string? ZipSha256 { get; }

    public bool TryGet(string path, out byte[] content) => _files.TryGetValue(path, out content!);

    /// <exception cref="BundleFailureException">The bytes are not a zip, or it holds the same path twice or a path outside itself.</exception>
    public static BundleFiles FromZip(byte[] zip, string name = "bundle")
    {
        ArgumentNullException.ThrowIfNull(zip);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
            foreach (var entry in archive.Entries)
            {
                if (entry.FullName.EndsWith('/')) continue;
                RequireSafe(name, entry.FullName);
                using var content = new MemoryStream();
                using (var stream = entry.Open()) stream.CopyTo(content);
                if (!files.TryAdd(entry.FullName, content.ToArray()))
                    throw new BundleFailureException(new BundleFailure(name, entry.FullName, "the zip holds this path twice."));
            }
        }
        catch (InvalidDataException e)
        {
            throw new BundleFailureException(new BundleFailure(name, null, $"it is not a readable zip file ({e.Message})."));
        }
        return new BundleFiles(files, Sha256Manifest.Hex(zip));
    }

    public static BundleFiles FromDirectory(DirectoryInfo directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in directory.EnumerateFiles("*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(directory.FullName, file.FullName).Replace(Path.DirectorySeparatorChar, '/')] = File.ReadAllBytes(file.FullName);
        return new BundleFiles(files, null);
    }

    private static void RequireSafe(string name, string path)
    {
        if (path.StartsWith('/') || path.Contains('\\', StringComparison.Ordinal) || path.Split('/').Any(part => part is "" or "." or ".."))
            throw new BundleFailureException(new BundleFailure(name, path, "the zip holds a path that would land outside the folder it is unzipped into."));
    }
}
