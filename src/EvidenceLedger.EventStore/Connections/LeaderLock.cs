using Npgsql;

namespace EvidenceLedger.EventStore.Connections;

/// <summary>
/// One leader per database: whoever holds a session-level advisory lock. The lock lives as long as the session, so it is
/// released before the connection goes back to the pool (which does not reset sessions; see <see cref="LedgerDataSource"/>).
/// </summary>
public static class LeaderLock
{
    public static async Task<bool> TryTakeAsync(NpgsqlConnection connection, long key, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Releases the lock if the session still works; a broken session is closed by the pool, and the lock with it.</summary>
    public static async Task ReleaseAsync(NpgsqlConnection connection, long key)
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
