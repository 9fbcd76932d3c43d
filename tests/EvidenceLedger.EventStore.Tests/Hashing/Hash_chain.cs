using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Hashing;
using EvidenceLedger.EventStore.Tests.Support;
using EvidenceLedger.Testing;
using NodaTime;

namespace EvidenceLedger.EventStore.Tests.Hashing;

public sealed class Hash_chain(LedgerDatabase database) : StoreTestBase(database)
{
    [Fact]
    public async Task Every_stored_hash_recomputes_from_the_event_as_read_back()
    {
        var store = Store();
        var stream = TestEvents.StreamId();
        await store.AppendAsync(stream, ExpectedVersion.NoStream, [TestEvents.New(data: new { text = "البوكمال \"quoted\"\n", count = 31, ratio = 0.1 })],
            new AppendMetadata("amira", Guid.NewGuid(), Guid.NewGuid(), "reason with ümlaut"));
        Clock.Advance(Duration.FromMilliseconds(1.2345678));
        await store.AppendAsync(stream, ExpectedVersion.Exactly(1), TestEvents.Many(3), TestEvents.By());

        var events = await store.ReadStreamAsync(stream).ToListAsync();

        byte[]? previous = null;
        foreach (var e in events)
        {
            var body = EventBody.Canonical(e.EventId, e.StreamId, e.Type, e.Data, e.Actor, e.RecordedAt, e.CorrelationId, e.CausationId, e.Reason);
            Assert.Equal(previous, e.PreviousHash);
            Assert.Equal(e.Hash, EventHash.Compute(previous ?? [], e.Version, body));
            previous = e.Hash;
        }
        Assert.Equal(previous, (await store.FetchStreamStateAsync(stream))!.LastHash);
    }

    [Fact]
    public async Task Appending_a_hundred_events_at_a_time_chains_each_to_the_one_before()
    {
        var store = Store();
        var stream = TestEvents.StreamId();
        var mixed = TestEvents.Many(50, "claim_made").Concat(TestEvents.Many(50, "claim_corrected")).ToList();
        await store.AppendAsync(stream, ExpectedVersion.NoStream, mixed, new AppendMetadata("amira \"ä\"", Guid.NewGuid(), Guid.NewGuid(), "first"));
        Clock.Advance(Duration.FromMilliseconds(3));
        await store.AppendAsync(stream, ExpectedVersion.Exactly(100), TestEvents.Many(100), TestEvents.By("zaid"));

        await AssertChainRecomputes(store, stream, 200);
    }

    [Fact]
    public async Task A_stream_started_and_appended_to_in_one_transaction_is_chained_in_order()
    {
        var store = Store();
        var stream = TestEvents.StreamId();
        await using (var connection = await DataSource.OpenConnectionAsync())
        await using (var tx = await connection.BeginTransactionAsync())
        {
            await store.AppendAsync(connection, tx, stream, ExpectedVersion.NoStream, TestEvents.Many(3), TestEvents.By());
            // Read back inside the transaction, before its commit, with their chain.
            Assert.Equal(3, await CountInTransaction(connection, tx, stream));
            await store.AppendAsync(connection, tx, stream, ExpectedVersion.Exactly(3), TestEvents.Many(2), TestEvents.By());
            await tx.CommitAsync();
        }

        await AssertChainRecomputes(store, stream, 5);
    }

    private static async Task<int> CountInTransaction(Npgsql.NpgsqlConnection connection, Npgsql.NpgsqlTransaction tx, string stream)
    {
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*)::int FROM ledger.events WHERE stream_id = $1", connection, tx);
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = stream });
        return (int)(await command.ExecuteScalarAsync())!;
    }

    private static async Task AssertChainRecomputes(LedgerEventStore store, string stream, int count)
    {
        var events = await store.ReadStreamAsync(stream).ToListAsync();
        Assert.Equal(count, events.Count);
        byte[]? previous = null;
        foreach (var e in events)
        {
            var body = EventBody.Canonical(e.EventId, e.StreamId, e.Type, e.Data, e.Actor, e.RecordedAt, e.CorrelationId, e.CausationId, e.Reason);
            Assert.Equal(previous, e.PreviousHash);
            Assert.Equal(e.Hash, EventHash.Compute(previous ?? [], e.Version, body));
            previous = e.Hash;
        }
    }

    [Fact]
    public async Task A_changed_payload_no_longer_matches_its_hash()
    {
        var store = Store();
        var stream = TestEvents.StreamId();
        await store.AppendAsync(stream, ExpectedVersion.NoStream, [TestEvents.New(data: new { killed = 4 })], TestEvents.By());
        var e = (await store.ReadStreamAsync(stream).ToListAsync())[0];

        var tampered = System.Text.Json.JsonSerializer.SerializeToElement(new { killed = 40 });
        var body = EventBody.Canonical(e.EventId, e.StreamId, e.Type, tampered, e.Actor, e.RecordedAt, e.CorrelationId, e.CausationId, e.Reason);

        Assert.NotEqual(e.Hash, EventHash.Compute([], e.Version, body));
    }
}
