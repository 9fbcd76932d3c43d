using Npgsql;

namespace EvidenceLedger.Server.Projections;

/// <summary>
/// A session advisory lock on a connection of its own, released explicitly before the connection goes back to the pool
/// (which does not reset sessions).
/// </summary>
public sealed class SessionAdvisoryLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly long _key;

    private SessionAdvisoryLock(NpgsqlConnection connection, long key)
    {
        _connection = connection;
        _key = key;
    }

    /// <summary>Waits until the lock is free.</summary>
    public static async Task<SessionAdvisoryLock> AcquireAsync(NpgsqlDataSource dataSource, long key, CancellationToken ct) =>
        (await TakeAsync(dataSource, key, wait: true, ct))!;

    /// <summary>The lock, or null when another session holds it.</summary>
    public static Task<SessionAdvisoryLock?> TryAcquireAsync(NpgsqlDataSource dataSource, long key, CancellationToken ct) =>
        TakeAsync(dataSource, key, wait: false, ct);

    private static async Task<SessionAdvisoryLock?> TakeAsync(NpgsqlDataSource dataSource, long key, bool wait, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        var connection = await dataSource.OpenConnectionAsync(ct);
        try
        {
            await using var command = new NpgsqlCommand(wait ? "SELECT true FROM pg_advisory_lock($1)" : "SELECT pg_try_advisory_lock($1)", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = key });
            if ((bool)(await command.ExecuteScalarAsync(ct))!) return new SessionAdvisoryLock(connection, key);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", _connection);
            command.Parameters.Add(new NpgsqlParameter { Value = _key });
            await command.ExecuteScalarAsync(CancellationToken.None);
        }
        catch (NpgsqlException)
        {
            // The session broke: PostgreSQL released the lock with it.
        }
        await _connection.DisposeAsync();
    }
}
