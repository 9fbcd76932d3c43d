using Microsoft.Extensions.Logging;

namespace EvidenceLedger.EmbeddedPostgres;

/// <summary>
/// A detached watcher that stops the cluster once no process uses it, for users that die without disposing:
/// a killed CLI, or the VSTest host, which is killed about 100 ms after its last test, in the middle of ProcessExit.
/// It polls under the control lock, so it never races a starter or a disposer; one runs per cluster.
/// </summary>
internal static class ClusterReaper
{
    // $1 control lock, $2 users lock, $3 cluster directory, then the command that runs pg_ctl.
    private const string Watch = """
        control=$1 users=$2 cluster=$3
        shift 3
        while sleep 1; do
            [ -d "$cluster" ] || exit 0
            exec 8>>"$control"
            flock 8 || exit 1
            if flock -n "$users" true; then
                if "$@" status -D "$cluster" >/dev/null 2>&1; then
                    "$@" stop -D "$cluster" -m fast -w -t 60 >/dev/null 2>&1
                fi
                exit 0
            fi
            exec 8>&-
        done
        """;

    // In its own session with no inherited output, so neither a terminal's Ctrl+C nor a test runner waiting on pipes involves it.
    private const string Detach = "exec setsid -f \"$@\" </dev/null >/dev/null 2>&1";

    public static async Task EnsureWatchingAsync(ClusterPaths paths, PostgresTools tools, ILogger logger, CancellationToken ct)
    {
        using (var probe = FileLock.TryAcquire(paths.ReaperLock, exclusive: true))
            if (probe is null) return;

        List<string> arguments =
        [
            "-c", Detach, "sh",
            "flock", "-n", "-o", paths.ReaperLock, "/bin/sh", "-c", Watch, "evidence-ledger-postgres-reaper",
            paths.ControlLock, paths.UsersLock, paths.Cluster, .. tools.CommandFor("pg_ctl"),
        ];
        var result = await ProcessRunner.RunAsync("/bin/sh", arguments, TimeSpan.FromSeconds(10), ct);
        if (!result.Succeeded)
            logger.LogWarning("Could not start the watcher that stops PostgreSQL after its users die (needs setsid and flock): {Output}. " +
                              "The cluster will still stop when its last user disposes it.", result.Output);
    }
}
