using System.Data;
using Npgsql;

namespace EvidenceLedger.Integrity.Verification;

/// <summary>
/// Several read-only connections that all see one snapshot of the database (pg_export_snapshot), so verify can read the
/// events, the leaves and the stream chains in parallel and still check one consistent state.
/// </summary>
internal sealed class VerificationSnapshot : IAsyncDisposable
{
    private readonly List<(NpgsqlConnection Connection, NpgsqlTransaction Transaction)> _sessions = [];

    private VerificationSnapshot()
    {
    }

    /// <summary>The connection that exported the snapshot; it must stay open while the others use it.</summary>
    public NpgsqlConnection Main => _sessions[0].Connection;

    public NpgsqlConnection this[int helper] => _sessions[helper + 1].Connection;

    public static async Task<VerificationSnapshot> OpenAsync(NpgsqlDataSource dataSource, int helpers, CancellationToken ct)
    {
        var snapshot = new VerificationSnapshot();
        try
        {
            var main = await snapshot.BeginAsync(dataSource, ct);
            await using var export = new NpgsqlCommand("SET TRANSACTION READ ONLY; SELECT pg_export_snapshot()", main);
            var snapshotId = (string)(await export.ExecuteScalarAsync(ct))!;
            for (var i = 0; i < helpers; i++)
            {
                var helper = await snapshot.BeginAsync(dataSource, ct);
                await using var import = new NpgsqlCommand($"SET TRANSACTION SNAPSHOT '{snapshotId}'; SET TRANSACTION READ ONLY", helper);
                await import.ExecuteNonQueryAsync(ct);
            }

            return snapshot;
        }
        catch
        {
            await snapshot.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (connection, transaction) in _sessions)
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }

    private async Task<NpgsqlConnection> BeginAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        var connection = await dataSource.OpenConnectionAsync(ct);
        _sessions.Add((connection, await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct)));
        return connection;
    }
}
