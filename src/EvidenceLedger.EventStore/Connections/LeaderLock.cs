using Npgsql;

namespace EvidenceLedger.EventStore.Connections;

/// <summary>
/// One leader per database: whoever holds a session-level advisory lock. The lock lives as long as the session, so the
/// leader keeps that connection for as long as it leads, and releases the lock before the connection goes back to the
/// pool (which does not reset sessions; see <see cref="LedgerDataSource"/>).
/// </summary>
public sealed class LeaderLock(NpgsqlDataSource dataSource, long key, TimeSpan pollInterval, TimeSpan retryInterval)
{
    private volatile bool _held;

    public bool IsHeld => _held;

    /// <summary>
    /// Competes for the lock until <paramref name="ct"/> is cancelled. While holding it, runs <paramref name="round"/>
    /// again and again, <c>pollInterval</c> apart. A failure <paramref name="isTransient"/> accepts gives the lock up and
    /// competes again after <c>retryInterval</c>; any other failure ends the run. <paramref name="stepDown"/> runs each time
    /// the process stops leading (whatever the reason), before the lock is released: what only the leader may run stops there.
    /// </summary>
    public async Task RunAsync(Func<CancellationToken, Task> round, Func<Exception, bool> isTransient, Action<Exception>? onRetry,
        CancellationToken ct, Func<Task>? stepDown = null)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(ct);
                if (!await TryTakeAsync(connection, ct))
                {
                    await Task.Delay(retryInterval, ct);
                    continue;
                }
                try
                {
                    _held = true;
                    await LeadAsync(connection, round, ct);
                }
                finally
                {
                    _held = false;
                    try
                    {
                        if (stepDown is not null) await stepDown();
                    }
                    finally
                    {
                        await ReleaseAsync(connection);
                    }
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (isTransient(e))
            {
                onRetry?.Invoke(e);
                await Task.Delay(retryInterval, ct).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task LeadAsync(NpgsqlConnection connection, Func<CancellationToken, Task> round, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            await round(ct);
            await Task.Delay(pollInterval, ct);
            // Leadership lives in this session: if the connection broke, this throws and the competition starts over.
            await using var alive = new NpgsqlCommand("SELECT 1", connection);
            await alive.ExecuteScalarAsync(ct);
        }
    }

    private async Task<bool> TryTakeAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Releases the lock if the session still works; a broken session is closed by the pool, and the lock with it.</summary>
    private async Task ReleaseAsync(NpgsqlConnection connection)
    {
        if (connection.State != System.Data.ConnectionState.Open) return;
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = key });
            await command.ExecuteScalarAsync(CancellationToken.None);
        }
        catch (NpgsqlException)
        {
            // The session broke: PostgreSQL released the lock with it.
        }
    }
}
