using Npgsql;

namespace EvidenceLedger.Server.Tests.Fuzzing;

/// <summary>
/// How many events the ledger holds, read straight from the database: a refused request must not change it. Finished
/// verification runs are left out: an accepted POST /api/ledger/verify records its run later, in the background.
/// </summary>
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
        await using var command = new NpgsqlCommand("SELECT count(*) FROM ledger.events WHERE stream_id NOT LIKE 'verification-%'", _connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
    }
}
