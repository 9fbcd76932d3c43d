using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Tests.Support;
using EvidenceLedger.Testing;

namespace EvidenceLedger.EventStore.Tests.Appending;

public sealed class Appending_to_many_streams(LedgerDatabase database) : StoreTestBase(database)
{
    [Fact]
    public async Task Each_stream_gets_its_events_at_the_expected_version_chained_and_in_the_log_once_committed()
    {
        var store = Store();
        var existing = TestEvents.StreamId();
        await store.AppendAsync(existing, ExpectedVersion.NoStream, TestEvents.Many(2), TestEvents.By());
        var fresh = TestEvents.StreamId();
        var appends = new[]
        {
            new StreamAppend(fresh, ExpectedVersion.NoStream, TestEvents.Many(3)),
            new StreamAppend(existing, ExpectedVersion.Exactly(2), TestEvents.Many(1)),
        };

        await using var connection = await DataSource.OpenConnectionAsync();
        await using var tx = await connection.BeginTransactionAsync();
        var results = await store.AppendManyAsync(connection, tx, appends, TestEvents.By());
        await tx.CommitAsync();

        Assert.Equal([3L, 3L], results.Select(result => result.NextExpectedVersion));
        var stored = await store.ReadStreamAsync(existing).ToListAsync();
        Assert.Equal([1L, 2L, 3L], stored.Select(e => e.Version));
        Assert.Equal(stored[1].Hash, stored[2].PreviousHash);
        Assert.Equal(appends[0].Events.Select(e => e.EventId), (await store.ReadStreamAsync(fresh).ToListAsync()).Select(e => e.EventId));
    }

    [Fact]
    public async Task One_stream_not_at_its_expected_version_is_named_and_the_transaction_keeps_nothing()
    {
        var store = Store();
        var moved = TestEvents.StreamId();
        await store.AppendAsync(moved, ExpectedVersion.NoStream, TestEvents.Many(2), TestEvents.By());
        var fresh = TestEvents.StreamId();
        var appends = new[]
        {
            new StreamAppend(fresh, ExpectedVersion.NoStream, TestEvents.Many(1)),
            new StreamAppend(moved, ExpectedVersion.Exactly(1), TestEvents.Many(1)),
        };

        await using var connection = await DataSource.OpenConnectionAsync();
        await using (var tx = await connection.BeginTransactionAsync())
        {
            var conflict = await Assert.ThrowsAsync<ConcurrencyException>(() => store.AppendManyAsync(connection, tx, appends, TestEvents.By()));
            Assert.Equal(moved, conflict.StreamId);
            Assert.Equal(2, conflict.ActualVersion);
        }

        Assert.Null(await store.FetchStreamStateAsync(fresh));
        Assert.Equal(2, (await store.FetchStreamStateAsync(moved))!.Version);
    }

    [Fact]
    public async Task A_stream_named_twice_is_refused_before_anything_is_sent()
    {
        var store = Store();
        var stream = TestEvents.StreamId();
        await using var connection = await DataSource.OpenConnectionAsync();
        await using var tx = await connection.BeginTransactionAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => store.AppendManyAsync(connection, tx,
            [new StreamAppend(stream, ExpectedVersion.NoStream, TestEvents.Many(1)), new StreamAppend(stream, ExpectedVersion.Exactly(1), TestEvents.Many(1))],
            TestEvents.By()));
    }
}
