using Npgsql;

namespace EvidenceLedger.Server.Tests.Fuzzing;

/// <summary>How many events the whole ledger holds, read straight from the database: a refused request must not change it.</summary>
internal sealed class LedgerEventCount(string connectionString) : IAsyncDisposable
{
    private NpgsqlConnection? _connection;

    public async Task<long> ReadAsync()
    {
        if (_connection is null)
        {
            _connection = new NpgsqlConnection(connectionString);
            await _connection.OpenAsync();
        }
        await using var command = new NpgsqlCommand("SELECT count(*) FROM ledger.events", _connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
    }
}
