using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Tests.Support;
using EvidenceLedger.Testing;

namespace EvidenceLedger.EventStore.Tests.Reading;

/// <summary>
/// A stream that is a large part of the events table, with statistics that say so. Its read must still go along the
/// (stream_id, version) index, not scan the whole table and sort it (which made a 10,000-event replay take 100 ms in the
/// database instead of 16, and more as the table grows).
/// </summary>
public sealed class Reading_a_long_stream(LedgerDatabase database) : StoreTestBase(database)
{
    [Fact]
    public async Task A_long_stream_is_read_along_its_index_even_when_the_statistics_favour_a_scan()
    {
        var store = Store();
        var stream = TestEvents.StreamId("long");
        for (var i = 0; i < 10; i++)
            await store.AppendAsync(stream, i == 0 ? ExpectedVersion.NoStream : ExpectedVersion.Exactly(i * 1000), TestEvents.Many(1000), TestEvents.By());
        await store.AppendAsync(TestEvents.StreamId("other"), ExpectedVersion.NoStream, TestEvents.Many(2000), TestEvents.By());
        await AdminExecute("VACUUM ANALYZE ledger.mt_events");

        // Index pages made dear, so that the outcome does not hang on this small table's exact layout.
        await using var connection = await ExplainedConnection.OpenAsync(Database.AdminConnectionString,
            "SET max_parallel_workers_per_gather = 0; SET random_page_cost = 100;");

        // The precondition: the plain query scans the table and sorts.
        await connection.ExecuteAsync($"SELECT count(*) FROM (SELECT * FROM ledger.events WHERE stream_id = '{stream}' ORDER BY version) s");
        Assert.Contains(connection.Plans, plan => plan.Contains("Seq Scan on mt_events", StringComparison.Ordinal) && plan.Contains("Sort", StringComparison.Ordinal));

        connection.Plans.Clear();
        await connection.ExecuteAsync($"SELECT count(*) FROM ledger.stream_events('{stream}')");
        var streamPlan = Assert.Single(connection.Plans, plan => plan.Contains("mt_events", StringComparison.Ordinal));
        Assert.Contains("Index Scan using pk_mt_events_stream_and_version", streamPlan, StringComparison.Ordinal);
        Assert.DoesNotContain("Sort", streamPlan, StringComparison.Ordinal);

        var read = new List<long>();
        await foreach (var e in store.ReadStreamAsync(stream)) read.Add(e.Version);
        Assert.Equal(Enumerable.Range(1, 10_000).Select(v => (long)v), read);
    }
}
