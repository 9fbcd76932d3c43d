using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.EventStore.Tests.Support;
using EvidenceLedger.Testing;
using Npgsql;

namespace EvidenceLedger.EventStore.Tests.Hashing;

/// <summary>
/// An append writes Marten's rows only; the Merkle log's integrator stores each event's chain row when it takes the event
/// in, and a read computes the chain of the events it has not reached yet, the same way.
/// </summary>
public sealed class Chaining_after_commit(LedgerDatabase database) : StoreTestBase(database)
{
    [Fact]
    public async Task An_append_stores_no_chain_row_and_a_read_computes_the_chain()
    {
        var store = Store();
        var stream = TestEvents.StreamId();
        await store.AppendAsync(stream, ExpectedVersion.NoStream, TestEvents.Many(2), TestEvents.By());

        await using (var connection = await DataSource.OpenConnectionAsync())
        await using (var tx = await connection.BeginTransactionAsync())
        {
            await store.AppendAsync(connection, tx, stream, ExpectedVersion.Exactly(2), TestEvents.Many(3), TestEvents.By());
            await store.AppendAsync(connection, tx, stream, ExpectedVersion.Exactly(5), TestEvents.Many(1), TestEvents.By());
            await tx.CommitAsync();
        }

        Assert.Equal(0L, await ChainRowsOf(stream));
        var events = await store.ReadStreamAsync(stream).ToListAsync();
        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L], events.Select(e => e.Version));
        AssertChained(events);
    }

    [Fact]
    public async Task Events_after_the_stored_chain_are_chained_on_from_its_last_stored_hash()
    {
        var store = Store();
        var stream = TestEvents.StreamId();
        await store.AppendAsync(stream, ExpectedVersion.NoStream, TestEvents.Many(2), TestEvents.By());
        var computed = await store.ReadStreamAsync(stream).ToListAsync();
        await StoreChainRowsAsync(computed);
        await store.AppendAsync(stream, ExpectedVersion.Exactly(2), TestEvents.Many(2), TestEvents.By());

        var events = await store.ReadStreamAsync(stream).ToListAsync();

        Assert.Equal(2L, await ChainRowsOf(stream));
        Assert.Equal(computed.Select(e => e.Hash), events.Take(2).Select(e => e.Hash));
        AssertChained(events);
        var across = await store.ReadAllAsync(ReadLimit.AtPosition(events[^1].Position)).Where(e => e.StreamId == stream).ToListAsync();
        Assert.Equal(events.Select(e => e.Hash), across.Select(e => e.Hash));
    }

    [Fact]
    public async Task A_read_that_stops_early_chains_what_it_reads_exactly_as_a_full_read()
    {
        var store = Store();
        var stream = TestEvents.StreamId();
        await store.AppendAsync(stream, ExpectedVersion.NoStream, TestEvents.Many(5), TestEvents.By());

        var full = await store.ReadStreamAsync(stream).ToListAsync();
        var upToThree = await store.ReadStreamAsync(stream, ReadLimit.ToVersion(3)).ToListAsync();

        Assert.Equal(full.Take(3).Select(e => e.Hash), upToThree.Select(e => e.Hash));
    }

    private async Task<long> ChainRowsOf(string stream)
    {
        await using var connection = await DataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT count(hash) FROM ledger.events WHERE stream_id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = stream });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
