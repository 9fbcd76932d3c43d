using EvidenceLedger.EventStore.Schema;
using EvidenceLedger.EventStore.Tests.Support;
using EvidenceLedger.Testing;
using Npgsql;

namespace EvidenceLedger.EventStore.Tests.Hashing;

/// <summary>A database whose events were hashed over the earlier body (data and reason as members) is refused, never half-read.</summary>
public sealed class Earlier_body_format(LedgerDatabase database) : StoreTestBase(database)
{
    [Fact]
    public async Task The_body_format_migration_refuses_a_database_that_already_holds_events_and_names_the_way_out()
    {
        await Store().AppendAsync(TestEvents.StreamId(), EvidenceLedger.EventStore.Appending.ExpectedVersion.NoStream, [TestEvents.New()], TestEvents.By());
        var migration = MigrationSource.From(typeof(SchemaMigrator).Assembly).Single(m => m.Version == 3);
        await using var connection = new NpgsqlConnection(Database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(migration.Sql, connection);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Contains("earlier format", refused.MessageText, StringComparison.Ordinal);
        Assert.Contains("empty data directory", refused.Hint, StringComparison.Ordinal);
    }
}
