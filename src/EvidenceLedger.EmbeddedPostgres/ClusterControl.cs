using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace EvidenceLedger.EmbeddedPostgres;

/// <summary>Starts, finds and stops the postmaster with pg_ctl. Callers hold the control lock.</summary>
internal sealed class ClusterControl(ClusterPaths paths, PostgresTools tools, ILogger logger)
{
    private const int PgCtlNotRunning = 3;
    private const int StartAttempts = 3;
    private static readonly TimeSpan PgCtlWait = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ProcessTimeout = PgCtlWait + TimeSpan.FromSeconds(30);

    /// <summary>The port of the running cluster, and whether this call started it.</summary>
    /// <param name="preferredPort">The port to start on, if free (a restart keeps the port the clients know).</param>
    public async Task<(int Port, bool Started)> EnsureRunningAsync(bool durable, CancellationToken ct, int? preferredPort = null)
    {
        if (!paths.IsInitialized) await new ClusterInitializer(paths, tools, logger).InitializeAsync(durable, ct);
        if (await RunningPortAsync(ct) is { } port)
        {
            logger.LogInformation("Attached to PostgreSQL on 127.0.0.1:{Port} ({Cluster})", port, paths.Cluster);
            return (port, false);
        }
        return (await StartAsync(durable, preferredPort, ct), true);
    }

    /// <summary>Stops the cluster when no process holds the users lock any more.</summary>
    public async Task StopIfUnusedAsync(CancellationToken ct)
    {
        using var sole = FileLock.TryAcquire(paths.UsersLock, exclusive: true);
        if (sole is null || !paths.IsInitialized) return;
        var result = await PgCtl(["stop", "-D", paths.Cluster, "-m", "fast", "-w", "-t", Seconds(PgCtlWait)], ct);
        if (result.Succeeded)
        {
            logger.LogInformation("Stopped PostgreSQL ({Cluster})", paths.Cluster);
            return;
        }
        if ((await PgCtl(["status", "-D", paths.Cluster], ct)).ExitCode == PgCtlNotRunning) return;
        throw new EmbeddedPostgresException($"pg_ctl could not stop the cluster in {paths.Cluster}:\n{result.Output}");
    }

    /// <summary>
    /// Null when no postmaster runs; a stale postmaster.pid left by a killed server counts as not running.
    /// A postmaster still starting or stopping (its launcher was killed midway) is waited for.
    /// </summary>
    private async Task<int?> RunningPortAsync(CancellationToken ct)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var status = await PgCtl(["status", "-D", paths.Cluster], ct);
            if (status.ExitCode == PgCtlNotRunning) return null;
            if (!status.Succeeded)
                throw new EmbeddedPostgresException($"pg_ctl status failed for {paths.Cluster}:\n{status.Output}");
            var postmaster = PostmasterPidFile.TryRead(paths.PostmasterPid);
            if (postmaster is { State: PostmasterPidFile.Ready }) return postmaster.Port;
            if (waited.Elapsed > PgCtlWait)
                throw new EmbeddedPostgresException(
                    $"The postmaster of {paths.Cluster} stayed '{postmaster?.State}' for {PgCtlWait.TotalSeconds:0} s; see {paths.Log}.");
            await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
        }
    }

    private async Task<int> StartAsync(bool durable, int? preferredPort, CancellationToken ct)
    {
        await PrepareLogAsync(ct);
        for (var attempt = 1; ; attempt++)
        {
            var port = attempt == 1 && preferredPort is { } preferred ? preferred : FreePort.Find();
            var logOffset = new FileInfo(paths.Log).Length;
            var result = await PgCtl(
                ["start", "-D", paths.Cluster, "-l", paths.Log, "-o", ServerOptions(port, durable), "-w", "-t", Seconds(PgCtlWait)], ct);
            if (result.Succeeded)
            {
                var postmaster = PostmasterPidFile.TryRead(paths.PostmasterPid)
                    ?? throw new EmbeddedPostgresException($"PostgreSQL started but {paths.PostmasterPid} is unreadable.");
                logger.LogInformation("Started PostgreSQL on 127.0.0.1:{Port} ({Cluster}, durable: {Durable})", postmaster.Port, paths.Cluster, durable);
                return postmaster.Port;
            }
            var log = ReadLogFrom(logOffset);
            // The free port was taken between finding it and the server binding it.
            if (attempt < StartAttempts && log.Contains("could not bind", StringComparison.Ordinal)) continue;
            throw new EmbeddedPostgresException($"PostgreSQL did not start in {paths.Cluster}:\n{result.Output}\n{log}".TrimEnd());
        }
    }

    private static string ServerOptions(int port, bool durable)
    {
        var safety = durable ? "on" : "off";
        string[] settings =
        [
            "listen_addresses=127.0.0.1", $"port={port}", "unix_socket_directories=''", "max_connections=200",
            $"fsync={safety}", $"synchronous_commit={safety}", $"full_page_writes={safety}",
        ];
        return string.Join(' ', settings.Select(setting => "-c " + setting));
    }

    /// <summary>
    /// pg_ctl appends the server's output here as the server's OS user, so that user must own it; only that user
    /// (and root) may read it, as a failed statement is logged with its text.
    /// </summary>
    private async Task PrepareLogAsync(CancellationToken ct)
    {
        const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        if (!File.Exists(paths.Log))
            new FileStream(paths.Log, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = ownerOnly }).Dispose();
        File.SetUnixFileMode(paths.Log, ownerOnly);
        await tools.HandOverAsync(paths.Log, ct);
    }

    private string ReadLogFrom(long offset)
    {
        using var stream = new FileStream(paths.Log, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(Math.Min(offset, stream.Length), SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Trim();
    }

    private Task<ProcessResult> PgCtl(string[] arguments, CancellationToken ct) => tools.RunAsync("pg_ctl", arguments, ProcessTimeout, ct);

    private static string Seconds(TimeSpan span) => ((int)span.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
