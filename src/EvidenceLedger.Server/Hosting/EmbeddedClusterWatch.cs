using EvidenceLedger.EmbeddedPostgres;

namespace EvidenceLedger.Server.Hosting;

/// <summary>
/// Brings the embedded PostgreSQL back when its postmaster died (killed, crashed): checks every second that the database
/// answers and, when it does not, starts the cluster again on the same port and drops the pooled connections to the dead
/// one. Should the cluster not come back on that port, the server stops with a non-zero exit status, so that a supervisor
/// (systemd, a container runtime) starts it afresh. With <c>ConnectionStrings:Ledger</c> there is nothing to restart:
/// the database's own supervisor does that, and requests answer 503 meanwhile.
/// </summary>
public sealed class EmbeddedClusterWatch(LedgerDatabase database, IHostApplicationLifetime lifetime, ILogger<EmbeddedClusterWatch> logger) : BackgroundService
{
    public const int ExitCodeWhenUnrecoverable = 75; // EX_TEMPFAIL: try again later.
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Cluster is not { } cluster) return;
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (await AnswersAsync(stoppingToken)) continue;
            try
            {
                if (await cluster.RestartIfStoppedAsync(stoppingToken))
                {
                    database.DataSource.Clear();
                    logger.LogWarning("PostgreSQL had stopped; it was started again on port {Port}", cluster.Port);
                }
            }
            catch (EmbeddedPostgresException e)
            {
                logger.LogCritical(e, "PostgreSQL stopped and could not be started again; the server stops so that its supervisor restarts it");
                Environment.ExitCode = ExitCodeWhenUnrecoverable;
                lifetime.StopApplication();
                return;
            }
        }
    }

    private async Task<bool> AnswersAsync(CancellationToken ct)
    {
        try
        {
            await using var command = database.DataSource.CreateCommand("SELECT 1");
            command.CommandTimeout = 5;
            await command.ExecuteScalarAsync(ct);
            return true;
        }
        catch (Exception e) when (DatabaseOutage.Caused(e))
        {
            return false;
        }
    }
}
