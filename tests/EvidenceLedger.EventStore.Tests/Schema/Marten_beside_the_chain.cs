using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.MartenStorage;
using EvidenceLedger.EventStore.Schema;
using EvidenceLedger.EventStore.Tests.Support;
using EvidenceLedger.Testing;
using Marten;
using Npgsql;
using JasperFx;

namespace EvidenceLedger.EventStore.Tests.Schema;

/// <summary>Marten owns the event tables; the chain beside them survives Marten's migrations, and Marten's rewriting features are refused.</summary>
public sealed class Marten_beside_the_chain(LedgerDatabase database) : StoreTestBase(database)
{
    [Fact]
    public async Task Running_Martens_migrations_again_leaves_the_chain_and_its_guards_intact()
    {
        var stream = TestEvents.StreamId();
        await Store().AppendAsync(stream, ExpectedVersion.NoStream, TestEvents.Many(3), TestEvents.By());
        await StoreChainRowsAsync(await Store().ReadStreamAsync(stream).ToListAsync());
        var before = await ChainOf(stream);

        await LedgerMarten.ApplySchemaAsync(Database.AdminConnectionString);
        await SchemaMigrator.MigrateAsync(Database.AdminConnectionString, Database.Cluster.AppRole, [], ct: CancellationToken.None);

        Assert.Equal(before, await ChainOf(stream));
        Assert.Equal(3, before.Count);
        await Store().AppendAsync(stream, ExpectedVersion.Exactly(3), TestEvents.Many(1), TestEvents.By());
        Assert.Equal(4, (await ChainOf(stream)).Count);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => AdminExecute("UPDATE ledger.mt_events SET data = '{}'"));
        Assert.Equal("EL001", refused.SqlState);
        var incomplete = await Assert.ThrowsAsync<PostgresException>(() => AdminExecute(EventAroundMarten("NULL")));
        Assert.Equal(PostgresErrorCodes.NotNullViolation, incomplete.SqlState);
        Assert.Equal(1L, await AdminScalar<long>("SELECT seqcache FROM pg_sequence WHERE seqrelid = 'ledger.mt_events_sequence'::regclass"));
    }

    [Fact]
    public async Task Archiving_a_stream_through_Marten_is_refused_by_the_database()
    {
        var stream = TestEvents.StreamId();
        await Store().AppendAsync(stream, ExpectedVersion.NoStream, TestEvents.Many(2), TestEvents.By());
        using var owner = OwnerStore();
        await using var session = owner.LightweightSession();

        session.Events.ArchiveStream(stream);

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => session.SaveChangesAsync());
        Assert.Contains("EL001", Describe(refused), StringComparison.Ordinal);
        Assert.Equal(2, (await ChainOf(stream)).Count);
    }

    [Fact]
    public async Task Deleting_all_event_data_through_Marten_is_refused_by_the_database()
    {
        var stream = TestEvents.StreamId();
        await Store().AppendAsync(stream, ExpectedVersion.NoStream, TestEvents.Many(2), TestEvents.By());
        using var owner = OwnerStore();

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => owner.Advanced.Clean.DeleteAllEventDataAsync());

        Assert.Contains("EL001", Describe(refused), StringComparison.Ordinal);
        Assert.Equal(2, (await ChainOf(stream)).Count);
    }

    [Fact]
    public async Task An_event_inserted_around_Marten_without_an_actor_is_refused()
    {
        var refused = await Assert.ThrowsAsync<PostgresException>(() => AdminExecute(EventAroundMarten("NULL")));

        Assert.Equal(PostgresErrorCodes.NotNullViolation, refused.SqlState);
        Assert.Equal(0L, await AdminScalar<long>("SELECT count(*) FROM ledger.mt_streams WHERE id = 'forged'"));
    }

    [Fact]
    public async Task An_event_inserted_around_Marten_without_its_payload_hash_is_chained_from_its_data()
    {
        await AdminExecute(EventAroundMarten("'someone'"));

        var events = await Store().ReadStreamAsync("forged").ToListAsync();

        Assert.Single(events);
        AssertChained(events);
    }

    private static string EventAroundMarten(string actor) => $$"""
        INSERT INTO ledger.mt_streams (id, version) VALUES ('forged', 1);
        INSERT INTO ledger.mt_events (seq_id, id, stream_id, version, data, type, timestamp, user_name, correlation_id)
        VALUES (nextval('ledger.mt_events_sequence'), gen_random_uuid(), 'forged', 1, '{"count": 31, "place": "Abu Kamal"}', 'thing_happened',
                now(), {{actor}}, gen_random_uuid()::text)
        """;

    private DocumentStore OwnerStore() => DocumentStore.For(options =>
    {
        options.Connection(Database.AdminConnectionString);
        LedgerMarten.Configure(options, TimeProvider.System, AutoCreate.None);
    });

    private static string Describe(Exception exception)
    {
        var text = "";
        for (var e = exception; e is not null; e = e.InnerException) text += (e as PostgresException)?.SqlState + " " + e.Message + "\n";
        return text;
    }

    private async Task<List<string>> ChainOf(string stream)
    {
        await using var connection = new NpgsqlConnection(Database.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT position || ':' || version || ':' || coalesce(encode(hash, 'hex'), 'unchained') FROM ledger.events WHERE stream_id = $1 ORDER BY version", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = stream });
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }
}
