using System.Text.Json;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.Testing;
using Npgsql;
using Xunit;

namespace EvidenceLedger.EventStore.Tests.Embedded;

public sealed class Embedded_cluster(LedgerDatabase database) : IClassFixture<LedgerDatabase>
{
    [Fact]
    public async Task Answers_on_loopback_only_with_the_test_settings()
    {
        await using var connection = await Open(database.AdminConnectionString);

        Assert.Equal("127.0.0.1", await Scalar<string>(connection, "SELECT host(inet_server_addr())"));
        Assert.Equal("", await Scalar<string>(connection, "SHOW unix_socket_directories"));
        Assert.Equal("200", await Scalar<string>(connection, "SHOW max_connections"));
        Assert.Equal("off", await Scalar<string>(connection, "SHOW fsync"));
        Assert.Equal("UTF8", await Scalar<string>(connection, "SHOW server_encoding"));
    }

    [Fact]
    public async Task The_app_role_logs_in_without_superuser_createrole_or_createdb()
    {
        await using var connection = await Open(database.AppConnectionString);

        Assert.Equal(database.Cluster.AppRole, await Scalar<string>(connection, "SELECT current_user::text"));
        Assert.Equal("false false false", await Scalar<string>(connection,
            "SELECT concat_ws(' ', rolsuper::text, rolcreaterole::text, rolcreatedb::text) FROM pg_roles WHERE rolname = current_user"));
    }

    [Theory]
    [InlineData("UPDATE ledger.mt_events SET user_name = 'someone else'")]
    [InlineData("UPDATE ledger.mt_events SET is_archived = true")]
    [InlineData("DELETE FROM ledger.mt_events")]
    [InlineData("TRUNCATE ledger.mt_events")]
    [InlineData("UPDATE ledger.event_chain SET hash = previous_hash")]
    [InlineData("DELETE FROM ledger.event_chain")]
    [InlineData("DELETE FROM ledger.mt_streams")]
    [InlineData("TRUNCATE ledger.mt_streams CASCADE")]
    public async Task The_app_role_is_denied_changing_events(string change)
    {
        await AppendAnEvent();
        await using var connection = await Open(database.AppConnectionString);

        var denied = await Assert.ThrowsAsync<PostgresException>(() => Execute(connection, change));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, denied.SqlState);
    }

    [Theory]
    [InlineData("CREATE SCHEMA someone_elses")]
    [InlineData("CREATE TABLE ledger.shadow (id int)")]
    [InlineData("ALTER TABLE ledger.mt_events ADD COLUMN shadow int")]
    [InlineData("ALTER TABLE ledger.event_chain DISABLE TRIGGER event_chain_is_immutable")]
    [InlineData("ALTER TABLE ledger.mt_events DISABLE TRIGGER events_are_immutable")]
    [InlineData("ALTER TABLE ledger.mt_events ALTER COLUMN user_name DROP NOT NULL")]
    [InlineData("ALTER SEQUENCE ledger.mt_events_sequence CACHE 20")]
    [InlineData("DROP VIEW ledger.events")]
    [InlineData("CREATE OR REPLACE FUNCTION ledger.log_fence(OUT fence_position bigint, OUT holders text[]) LANGUAGE sql AS 'SELECT 0::bigint, NULL::text[]'")]
    public async Task The_app_role_may_change_no_schema(string change)
    {
        await using var connection = await Open(database.AppConnectionString);

        var denied = await Assert.ThrowsAsync<PostgresException>(() => Execute(connection, change));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, denied.SqlState);
    }

    [Theory]
    [InlineData("UPDATE ledger.mt_events SET user_name = 'someone else'")]
    [InlineData("UPDATE ledger.mt_events SET is_archived = true")]
    [InlineData("DELETE FROM ledger.mt_events")]
    [InlineData("TRUNCATE ledger.mt_events")]
    [InlineData("UPDATE ledger.event_chain SET hash = hash")]
    [InlineData("DELETE FROM ledger.event_chain")]
    [InlineData("TRUNCATE ledger.event_chain")]
    [InlineData("DELETE FROM ledger.mt_streams")]
    [InlineData("TRUNCATE ledger.mt_streams CASCADE")]
    [InlineData("UPDATE ledger.mt_streams SET version = version - 1")]
    [InlineData("UPDATE ledger.mt_streams SET is_archived = true")]
    public async Task Even_the_admin_is_stopped_by_the_append_only_triggers(string change)
    {
        await AppendAnEvent();
        await using var connection = await Open(database.AdminConnectionString);

        var rejected = await Assert.ThrowsAsync<PostgresException>(() => Execute(connection, change));

        Assert.Equal("EL001", rejected.SqlState);
    }

    // Row triggers only fire on rows, so the admin's UPDATE and DELETE need one to hit: an event and its chain row, as
    // the Merkle log's integrator stores it.
    private async Task AppendAnEvent()
    {
        await using var dataSource = NpgsqlDataSource.Create(database.AppConnectionString);
        var appended = await new LedgerEventStore(dataSource, NodaTime.SystemClock.Instance).AppendAsync($"embedded-{Guid.NewGuid():N}",
            ExpectedVersion.Any, [new EventToAppend(Guid.NewGuid(), "thing_happened", JsonSerializer.SerializeToElement(new { }))],
            new AppendMetadata("tester", Guid.NewGuid()));
        await using var chain = dataSource.CreateCommand("INSERT INTO ledger.event_chain (position, hash) VALUES ($1, sha256('x'))");
        chain.Parameters.Add(new NpgsqlParameter { Value = appended.Events[0].Position });
        await chain.ExecuteNonQueryAsync();
    }

    private static async Task<NpgsqlConnection> Open(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> Scalar<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
