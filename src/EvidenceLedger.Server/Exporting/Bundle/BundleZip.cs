using System.IO.Compression;
using NodaTime;

namespace EvidenceLedger.Server.Exporting.Bundle;

/// <summary>Writes a bundle's files into one zip, in the order given, every entry dated at the export instant.</summary>
public static class BundleZip
{
    public static byte[] Write(IReadOnlyList<KeyValuePair<string, byte[]>> files, Instant exportedAt)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, content) in files)
            {
                var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
                entry.LastWriteTime = exportedAt.ToDateTimeOffset();
                using var stream = entry.Open();
                stream.Write(content);
            }
        }
        return buffer.ToArray();
    }
}
