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
    [InlineData("UPDATE ledger.events SET actor = 'someone else'")]
    [InlineData("DELETE FROM ledger.events")]
    [InlineData("TRUNCATE ledger.events")]
    public async Task The_app_role_is_denied_changing_events(string change)
    {
        await AppendAnEvent();
        await using var connection = await Open(database.AppConnectionString);

        var denied = await Assert.ThrowsAsync<PostgresException>(() => Execute(connection, change));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, denied.SqlState);
    }

    [Theory]
    [InlineData("UPDATE ledger.events SET actor = 'someone else'")]
    [InlineData("DELETE FROM ledger.events")]
    [InlineData("TRUNCATE ledger.events")]
    public async Task Even_the_admin_is_stopped_by_the_append_only_trigger(string change)
    {
        await AppendAnEvent();
        await using var connection = await Open(database.AdminConnectionString);

        var rejected = await Assert.ThrowsAsync<PostgresException>(() => Execute(connection, change));

        Assert.Equal("EL001", rejected.SqlState);
    }

    // Row triggers only fire on rows, so the admin's UPDATE and DELETE need one to hit.
    private async Task AppendAnEvent()
    {
        await using var connection = await Open(database.AppConnectionString);
        await Execute(connection, """
            SELECT * FROM ledger.append_events(
                'embedded-' || gen_random_uuid(), -1, ARRAY[gen_random_uuid()], ARRAY['thing_happened'],
                ARRAY['{}'::jsonb], ARRAY['\x7b7d'::bytea], 'tester', now(), gen_random_uuid(), NULL, NULL)
            """);
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
