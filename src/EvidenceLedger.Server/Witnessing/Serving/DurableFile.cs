using EvidenceLedger.Server.Hosting;
namespace EvidenceLedger.Server.Witnessing.Serving;

/// <summary>
/// Owner-only files written so that a crash leaves either the old content or the new, never a torn one: a temporary
/// file beside the target, flushed to disk, renamed over it, and the directory flushed so the rename itself is durable.
/// </summary>
public static class DurableFile
{

    /// <summary>Replaces <paramref name="path"/> atomically with <paramref name="content"/>.</summary>
    public static void Replace(string path, string content)
    {
        var staging = Write(path, content);
        File.Move(staging, path, overwrite: true);
        DirectorySync.Flush(Path.GetDirectoryName(Path.GetFullPath(path))!);
    }

    /// <summary>Creates <paramref name="path"/>; of two processes creating it at once, the first one's content wins.</summary>
    public static void WriteNew(string path, string content)
    {
        var staging = Write(path, content);
        try
        {
            File.Move(staging, path, overwrite: false);
            DirectorySync.Flush(Path.GetDirectoryName(Path.GetFullPath(path))!);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(staging);
        }
    }

    private static string Write(string path, string content)
    {
        var staging = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        using var stream = new FileStream(staging, OwnerOnlyFiles.NewFile());
        using (var writer = new StreamWriter(stream, leaveOpen: true))
        {
            writer.Write(content);
        }

        stream.Flush(flushToDisk: true);
        return staging;
    }
}
