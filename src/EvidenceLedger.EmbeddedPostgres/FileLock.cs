using System.Diagnostics;

namespace EvidenceLedger.EmbeddedPostgres;

/// <summary>
/// An flock on a file, shared or exclusive. .NET on Linux takes flock(LOCK_EX) for FileShare.None and
/// flock(LOCK_SH) otherwise, never blocking, and the kernel drops it when the process dies however it dies.
/// </summary>
internal sealed class FileLock : IDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(50);
    private readonly FileStream _stream;

    private FileLock(FileStream stream) => _stream = stream;

    public static FileLock? TryAcquire(string path, bool exclusive)
    {
        if (AppContext.TryGetSwitch("System.IO.DisableFileLocking", out var disabled) && disabled
            || Environment.GetEnvironmentVariable("DOTNET_SYSTEM_IO_DISABLEFILELOCKING") is "1" or "true")
            throw new EmbeddedPostgresException("File locking is disabled (System.IO.DisableFileLocking), so the shared cluster cannot be coordinated.");
        try
        {
            return new FileLock(exclusive
                ? new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None)
                : new FileStream(path, FileMode.OpenOrCreate, FileAccess.Read, FileShare.ReadWrite));
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            return null;
        }
    }

    public static async Task<FileLock> AcquireAsync(string path, bool exclusive, TimeSpan timeout, CancellationToken ct)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (TryAcquire(path, exclusive) is { } acquired) return acquired;
            if (waited.Elapsed > timeout)
                throw new EmbeddedPostgresException($"Timed out after {timeout.TotalSeconds:0} s waiting for the lock {path}.");
            await Task.Delay(RetryDelay, ct);
        }
    }

    public void Dispose() => _stream.Dispose();
}
