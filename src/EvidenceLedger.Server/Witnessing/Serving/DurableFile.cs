namespace EvidenceLedger.Server.Witnessing.Serving;

/// <summary>
/// Owner-only files written so that a crash leaves either the old content or the new, never a torn one: a temporary
/// file beside the target, flushed to disk, then renamed over it.
/// </summary>
public static class DurableFile
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Replaces <paramref name="path"/> atomically with <paramref name="content"/>.</summary>
    public static void Replace(string path, string content)
    {
        var staging = Write(path, content);
        File.Move(staging, path, overwrite: true);
    }

    /// <summary>Creates <paramref name="path"/>; of two processes creating it at once, the first one's content wins.</summary>
    public static void WriteNew(string path, string content)
    {
        var staging = Write(path, content);
        try
        {
            File.Move(staging, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(staging);
        }
    }

    private static string Write(string path, string content)
    {
        var staging = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        using var stream = new FileStream(staging, options);
        using (var writer = new StreamWriter(stream, leaveOpen: true))
        {
            writer.Write(content);
        }

        stream.Flush(flushToDisk: true);
        return staging;
    }
}
