using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Tests.Support;
using EvidenceLedger.Testing;

namespace EvidenceLedger.EventStore.Tests.Ordering;

/// <summary>
/// Right after a burst of appends the planner's statistics still describe a small events table. A batch of the
/// complete log must then still be read along the primary key and stop at its limit, not read and sort everything up
/// to the fence (which made the Merkle log's catch-up of a backlog quadratic).
/// </summary>
public sealed class Reading_the_log_after_a_burst(LedgerDatabase database) : StoreTestBase(database)
{
    [Fact]
    public async Task A_batch_is_read_along_the_index_even_when_the_statistics_are_stale()
    {
        var store = Store();
        var analyzed = await store.AppendAsync(TestEvents.StreamId("before-analyze"), ExpectedVersion.NoStream, TestEvents.Many(2000), TestEvents.By());
        await AdminExecute("ANALYZE ledger.mt_events");
        var cursor = analyzed.LastPosition;
        for (var i = 0; i < 20; i++)
        {
            await store.AppendAsync(TestEvents.StreamId("burst"), ExpectedVersion.NoStream, TestEvents.Many(1000), TestEvents.By());
        }

        // Index pages made dear, so that the outcome does not hang on this small table's exact layout.
        await using var connection = await ExplainedConnection.OpenAsync(Database.AdminConnectionString, "SET random_page_cost = 1000000;");

        // The precondition: with the stale statistics, the plain query reads everything up to the fence and sorts it.
        await connection.ExecuteAsync($"""
            SELECT e.seq_id, e.id, e.headers ->> 'payloadSha256' FROM ledger.mt_events e
            WHERE e.seq_id > {cursor} AND e.seq_id <= {cursor + 1_000_000} ORDER BY e.seq_id LIMIT 10000
            """);
        Assert.True(connection.Plans.Any(plan => plan.Contains("Sort", StringComparison.Ordinal)), string.Join("\n", connection.Plans));

        connection.Plans.Clear();
        await connection.ExecuteAsync($"SELECT count(*) FROM ledger.complete_log_batch({cursor}, {cursor + 1_000_000}, 10000)");
        var batchPlan = Assert.Single(connection.Plans, plan => plan.Contains("mt_events", StringComparison.Ordinal));
        Assert.Contains("Index Scan using pkey_mt_events_seq_id", batchPlan, StringComparison.Ordinal);
        Assert.DoesNotContain("Sort", batchPlan, StringComparison.Ordinal);
    }
}
