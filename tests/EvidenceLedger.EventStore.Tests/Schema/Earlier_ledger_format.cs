using EvidenceLedger.EventStore.Schema;
using EvidenceLedger.Testing;
using Npgsql;

namespace EvidenceLedger.EventStore.Tests.Schema;

/// <summary>A database written before the events moved into Marten's tables is refused at start-up, never half-read.</summary>
public sealed class Earlier_ledger_format(LedgerDatabase database) : IClassFixture<LedgerDatabase>
{
    [Fact]
    public async Task A_database_of_the_earlier_format_is_refused_with_the_way_out()
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..12];
        await database.Cluster.CreateDatabaseAsync(name, CancellationToken.None);
        var owner = database.Cluster.AdminConnectionString(name);
        await using (var connection = new NpgsqlConnection(owner))
        {
            await connection.OpenAsync();
            // What the first migrations of the earlier format left behind.
            await using var command = new NpgsqlCommand("""
                CREATE SCHEMA ledger;
                CREATE TABLE ledger.schema_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());
                INSERT INTO ledger.schema_migrations (version, name) VALUES (1, 'event_log'), (2, 'append_checks_per_append');
                CREATE TABLE ledger.events (position bigint PRIMARY KEY);
                """, connection);
            await command.ExecuteNonQueryAsync();
        }

        var refused = await Assert.ThrowsAsync<EarlierLedgerFormatException>(() =>
            SchemaMigrator.MigrateAsync(owner, database.Cluster.AppRole, [], ct: CancellationToken.None));

        Assert.Contains("earlier format", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Move the data directory", refused.Message, StringComparison.Ordinal);
        await using (var connection = new NpgsqlConnection(owner))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT to_regclass('ledger.mt_events') IS NULL", connection);
            Assert.True((bool)(await command.ExecuteScalarAsync())!, "nothing of the new format was created beside the old one");
        }
        NpgsqlConnection.ClearAllPools();
        await database.Cluster.DropDatabaseAsync(name, CancellationToken.None);
    }
}
