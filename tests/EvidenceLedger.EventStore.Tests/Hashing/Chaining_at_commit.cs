using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Tests.Support;
using EvidenceLedger.Testing;
using Npgsql;

namespace EvidenceLedger.EventStore.Tests.Hashing;

/// <summary>The chain is filled once per move of a stream's head, when the appending transaction commits.</summary>
public sealed class Chaining_at_commit(LedgerDatabase database) : StoreTestBase(database)
{
    [Fact]
    public async Task Several_appends_to_one_stream_in_one_transaction_are_chained_in_order_when_it_commits()
    {
        var store = Store();
        var stream = TestEvents.StreamId();
        await store.AppendAsync(stream, ExpectedVersion.NoStream, TestEvents.Many(2), TestEvents.By());

        await using (var connection = await DataSource.OpenConnectionAsync())
        await using (var tx = await connection.BeginTransactionAsync())
        {
            await store.AppendAsync(connection, tx, stream, ExpectedVersion.Exactly(2), TestEvents.Many(3), TestEvents.By());
            await store.AppendAsync(connection, tx, stream, ExpectedVersion.Exactly(5), TestEvents.Many(1), TestEvents.By());
            Assert.Equal(2, await ChainRowsOf(stream, connection));
            await tx.CommitAsync();
        }

        var events = await store.ReadStreamAsync(stream).ToListAsync();
        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L], events.Select(e => e.Version));
        AssertChained(events);
        Assert.Single(events.Select(e => e.TxId).Skip(2).Distinct());
    }

    [Fact]
    public async Task A_stream_head_moved_past_an_event_it_does_not_hold_is_refused_and_nothing_is_kept()
    {
        var stream = TestEvents.StreamId();

        var refused = await Assert.ThrowsAsync<PostgresException>(() => AdminExecute($$"""
            INSERT INTO ledger.mt_streams (id, version) VALUES ('{{stream}}', 2);
            INSERT INTO ledger.mt_events (seq_id, id, stream_id, version, data, type, timestamp, user_name, correlation_id, headers)
            VALUES (nextval('ledger.mt_events_sequence'), gen_random_uuid(), '{{stream}}', 1, '{}', 'thing_happened', now(), 'x',
                    gen_random_uuid()::text, jsonb_build_object('payloadSha256', repeat('0', 64)))
            """));

        Assert.Equal("EL500", refused.SqlState);
        Assert.Equal(0L, await AdminScalar<long>($"SELECT count(*) FROM ledger.mt_events WHERE stream_id = '{stream}'"));
    }

    private static async Task<long> ChainRowsOf(string stream, NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT count(*) FROM ledger.events WHERE stream_id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = stream });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
