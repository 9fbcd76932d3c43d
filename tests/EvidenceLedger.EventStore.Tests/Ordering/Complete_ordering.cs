using System.Collections.Concurrent;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.EventStore.Tests.Support;
using EvidenceLedger.Testing;
using Npgsql;

namespace EvidenceLedger.EventStore.Tests.Ordering;

/// <summary>
/// Sequences hand out positions at insert and transactions commit in another order, and some roll back: a reader
/// of the complete log must still see every committed event exactly once, never one behind its cursor.
/// </summary>
public sealed class Complete_ordering(LedgerDatabase database) : StoreTestBase(database)
{
    [Fact]
    public async Task A_polling_reader_sees_every_committed_event_exactly_once_despite_rollbacks_and_slow_commits()
    {
        var store = Store();
        var committed = new ConcurrentBag<Guid>();
        var rolledBack = new ConcurrentBag<Guid>();
        using var writersDone = new CancellationTokenSource();

        var writers = Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            var random = new Random(writer);
            for (var i = 0; i < 40; i++)
            {
                var events = TestEvents.Many(1 + random.Next(3));
                await using var connection = await DataSource.OpenConnectionAsync();
                await using var tx = await connection.BeginTransactionAsync();
                await store.AppendAsync(connection, tx, $"ordering-{writer}-{i % 5}", ExpectedVersion.Any, events, TestEvents.By($"writer-{writer}"));
                var fate = random.Next(10);
                if (fate < 2)
                {
                    await tx.RollbackAsync();
                    foreach (var e in events) rolledBack.Add(e.EventId);
                    continue;
                }
                if (fate < 5) await Task.Delay(random.Next(5, 60)); // holds its low positions while others commit higher ones
                await tx.CommitAsync();
                foreach (var e in events) committed.Add(e.EventId);
            }
        })).ToList();

        var seen = new List<LogEntry>();
        var heldBack = 0;
        var reader = Task.Run(async () =>
        {
            await using var connection = await DataSource.OpenConnectionAsync();
            var fence = new LogFence(TimeSpan.Zero);
            var cursor = LogCursor.Start;
            var idleSinceWritersFinished = 0;
            while (idleSinceWritersFinished < 200)
            {
                var finished = writersDone.IsCancellationRequested;
                var newest = await NewestPositionAsync(connection);
                var settled = await fence.AdvanceAsync(connection, null);
                if (settled < newest) heldBack++;
                var batch = await CompleteLog.ReadAsync(connection, null, cursor, settled, 7);
                seen.AddRange(batch);
                if (batch.Count > 0) cursor = batch[^1].Cursor;
                else
                {
                    if (finished && seen.Count(e => e.StreamId.StartsWith("ordering-", StringComparison.Ordinal)) == committed.Count) return;
                    if (finished) idleSinceWritersFinished++;
                    await Task.Delay(finished ? 20 : 1);
                }
            }
        });

        await Task.WhenAll(writers);
        await writersDone.CancelAsync();
        await reader;

        var ours = seen.Where(e => e.StreamId.StartsWith("ordering-", StringComparison.Ordinal)).ToList();
        Assert.Equal(ours.Count, ours.Select(e => e.EventId).Distinct().Count());
        Assert.Equal(committed.OrderBy(id => id), ours.Select(e => e.EventId).OrderBy(id => id));
        Assert.DoesNotContain(ours, e => rolledBack.Contains(e.EventId));
        Assert.True(seen.Zip(seen.Skip(1)).All(pair => pair.First.Cursor < pair.Second.Cursor), "the log is handed out in strictly increasing order");
        Assert.True(ours.Count > 150, $"the writers committed {ours.Count} events");
        // Positions are not commit order: the test only means something if the fence had to hold the reader back.
        Assert.True(heldBack > 0, "the fence never held the reader back behind a stored event");
    }

    [Fact]
    public async Task An_open_transaction_holds_the_reader_back_until_it_finishes()
    {
        var store = Store();
        await using var connection = await DataSource.OpenConnectionAsync();
        await using var tx = await connection.BeginTransactionAsync();
        var slow = TestEvents.New();
        await store.AppendAsync(connection, tx, TestEvents.StreamId("slow"), ExpectedVersion.Any, [slow], TestEvents.By());

        var fast = TestEvents.New();
        await store.AppendAsync(TestEvents.StreamId("fast"), ExpectedVersion.Any, [fast], TestEvents.By());

        var fence = new LogFence(TimeSpan.FromMilliseconds(200));
        var before = await SettledLog.ReadAsync(DataSource, fence);
        Assert.DoesNotContain(before, e => e.EventId == fast.EventId || e.EventId == slow.EventId);

        await tx.CommitAsync();
        var ids = (await SettledLog.ReadAsync(DataSource, fence)).Select(e => e.EventId).ToList();
        Assert.Contains(slow.EventId, ids);
        Assert.True(ids.IndexOf(slow.EventId) < ids.IndexOf(fast.EventId));
    }

    [Fact]
    public async Task A_transaction_that_appends_nothing_does_not_hold_the_reader_back()
    {
        var store = Store();
        await using var busy = await DataSource.OpenConnectionAsync();
        await using var busyTx = await busy.BeginTransactionAsync();
        await using (var takeAnId = new NpgsqlCommand("SELECT pg_current_xact_id()", busy, busyTx)) await takeAnId.ExecuteScalarAsync();

        var appended = TestEvents.New();
        await store.AppendAsync(TestEvents.StreamId("beside"), ExpectedVersion.Any, [appended], TestEvents.By());

        var ids = (await SettledLog.ReadAsync(DataSource, new LogFence())).Select(e => e.EventId);
        Assert.Contains(appended.EventId, ids);
    }

    [Fact]
    public async Task A_transaction_open_in_another_database_of_the_cluster_does_not_hold_the_reader_back()
    {
        var store = Store();
        await using var elsewhere = new NpgsqlConnection(Database.Cluster.AdminConnectionString("postgres"));
        await elsewhere.OpenAsync();
        await using var elsewhereTx = await elsewhere.BeginTransactionAsync();
        await using (var takeAnId = new NpgsqlCommand("SELECT pg_current_xact_id()", elsewhere, elsewhereTx)) await takeAnId.ExecuteScalarAsync();

        var appended = TestEvents.New();
        await store.AppendAsync(TestEvents.StreamId("beside"), ExpectedVersion.Any, [appended], TestEvents.By());

        var ids = (await SettledLog.ReadAsync(DataSource, new LogFence())).Select(e => e.EventId);
        Assert.Contains(appended.EventId, ids);
    }

    private static async Task<long> NewestPositionAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT coalesce(max(position), 0) FROM ledger.events", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
