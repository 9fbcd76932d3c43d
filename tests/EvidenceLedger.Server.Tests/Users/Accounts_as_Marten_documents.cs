using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.Server.Users;
using EvidenceLedger.Server.Users.Registering;
using EvidenceLedger.Testing.Server;
using Marten;
using Npgsql;

namespace EvidenceLedger.Server.Tests.Users;

/// <summary>The accounts are Marten's inline projection of the users' streams, and the database keeps their names apart.</summary>
public sealed class Accounts_as_Marten_documents(LedgerServer server) : IClassFixture<LedgerServer>
{
    [Fact]
    public async Task A_registration_is_stored_by_Marten_in_its_own_transaction_with_the_stream_version()
    {
        var nadia = await server.RegisterAsync("documenter", "Nadia Stored");

        await using var session = server.Get<IDocumentStore>().QuerySession();
        var account = await session.LoadAsync<UserAccount>(UserStreams.For(nadia.Id));

        Assert.NotNull(account);
        Assert.Equal(("Nadia Stored", "documenter", 2L, "admin"), (account.Name, account.Role, account.Version, account.RegisteredBy));
        Assert.Single(account.Tokens);
    }

    [Fact]
    public async Task A_second_account_whose_name_reads_alike_is_refused_by_the_database_and_leaves_no_event()
    {
        await server.RegisterAsync("documenter", "Omar Alike");
        var userId = Guid.NewGuid();
        var stream = UserStreams.For(userId);

        // Past the service's own check, as a registration racing the first one would be.
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => server.Get<LedgerEventStore>().AppendAsync(stream, ExpectedVersion.NoStream,
            [UserEvents.Serializer.ToAppend(new UserRegistered(userId, "omar alike", "documenter"))], new AppendMetadata("admin", Guid.NewGuid())));

        Assert.Contains(Chain(refused), e => e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation });
        await using var connection = new NpgsqlConnection(server.AdminConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM ledger.mt_events WHERE stream_id = $1", connection);
        count.Parameters.Add(new NpgsqlParameter { Value = stream });
        Assert.Equal(0L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task The_servers_role_may_change_an_account_but_never_delete_one()
    {
        var salma = await server.RegisterAsync("documenter", "Salma Kept");
        await using var connection = new NpgsqlConnection(server.AppConnectionString);
        await connection.OpenAsync();

        await using var delete = new NpgsqlCommand("DELETE FROM ledger.mt_doc_useraccount WHERE id = $1", connection);
        delete.Parameters.Add(new NpgsqlParameter { Value = UserStreams.For(salma.Id) });
        var refused = await Assert.ThrowsAsync<PostgresException>(() => delete.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        await using var session = server.Get<IDocumentStore>().QuerySession();
        Assert.NotNull(await session.LoadAsync<UserAccount>(UserStreams.For(salma.Id)));
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException) yield return e;
    }
}
