using EvidenceLedger.EventStore.Connections;
using EvidenceLedger.EventStore.Hashing;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Testing;
using EvidenceLedger.Testing.Clocks;
using NodaTime;
using Npgsql;

namespace EvidenceLedger.EventStore.Tests.Support;

/// <summary>A store over the class's own database, written through the app role as in production.</summary>
public abstract class StoreTestBase(LedgerDatabase database) : IClassFixture<LedgerDatabase>, IDisposable
{
    protected LedgerDatabase Database { get; } = database;
    protected SettableClock Clock { get; } = new(Instant.FromUtc(2015, 11, 25, 9, 0));
    protected NpgsqlDataSource DataSource { get; } = LedgerDataSource.Create(database.AppConnectionString);

    protected LedgerEventStore Store() => new(DataSource, Clock);

    protected async Task<T> AdminScalar<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(Database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Each event's stored hash recomputes from the event as read back, and names the one before it.</summary>
    protected static void AssertChained(IReadOnlyList<StoredEvent> events)
    {
        byte[]? previous = null;
        foreach (var e in events)
        {
            var body = EventBody.Canonical(e.EventId, e.StreamId, e.Type, e.Data, e.Actor, e.RecordedAt, e.CorrelationId, e.CausationId, e.Reason);
            Assert.Equal(previous, e.PreviousHash);
            Assert.Equal(e.Hash, EventHash.Compute(previous ?? [], e.Version, body));
            previous = e.Hash;
        }
    }

    /// <summary>Stores the events' chain rows as the Merkle log's integrator does when it takes them in.</summary>
    protected async Task StoreChainRowsAsync(IEnumerable<StoredEvent> events)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        foreach (var e in events)
        {
            await using var command = new NpgsqlCommand("INSERT INTO ledger.event_chain (position, previous_hash, hash) VALUES ($1, $2, $3)", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = e.Position });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)e.PreviousHash ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bytea });
            command.Parameters.Add(new NpgsqlParameter { Value = e.Hash });
            await command.ExecuteNonQueryAsync();
        }
    }

    protected async Task AdminExecute(string sql)
    {
        await using var connection = new NpgsqlConnection(Database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        DataSource.Dispose();
        GC.SuppressFinalize(this);
    }
}
