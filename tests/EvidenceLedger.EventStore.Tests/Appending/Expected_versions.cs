using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Connections;
using EvidenceLedger.EventStore.Tests.Support;
using EvidenceLedger.Testing;
using Npgsql;

namespace EvidenceLedger.EventStore.Tests.Appending;

public sealed class Expected_versions(LedgerDatabase database) : StoreTestBase(database)
{
    [Fact]
    public async Task No_stream_succeeds_for_a_new_stream_and_fails_for_an_existing_one()
    {
        var store = Store();
        var stream = TestEvents.StreamId();
        await store.AppendAsync(stream, ExpectedVersion.NoStream, [TestEvents.New()], TestEvents.By());

        var conflict = await Assert.ThrowsAsync<ConcurrencyException>(() =>
            store.AppendAsync(stream, ExpectedVersion.NoStream, [TestEvents.New()], TestEvents.By()));

        Assert.Equal(stream, conflict.StreamId);
        Assert.Equal(ExpectedVersion.NoStream, conflict.Expected);
        Assert.Equal(1, conflict.ActualVersion);
    }

    [Fact]
    public async Task Exact_version_succeeds_when_it_matches()
    {
        var store = Store();
        var stream = TestEvents.StreamId();
        await store.AppendAsync(stream, ExpectedVersion.NoStream, TestEvents.Many(2), TestEvents.By());

        var result = await store.AppendAsync(stream, ExpectedVersion.Exactly(2), [TestEvents.New()], TestEvents.By());

        Assert.Equal(3, result.NextExpectedVersion);
    }

    [Fact]
    public async Task A_stale_exact_version_names_stream_expected_and_actual_and_writes_nothing()
    {
        var store = Store();
        var stream = TestEvents.StreamId();
        await store.AppendAsync(stream, ExpectedVersion.NoStream, TestEvents.Many(3), TestEvents.By());

        var conflict = await Assert.ThrowsAsync<ConcurrencyException>(() =>
            store.AppendAsync(stream, ExpectedVersion.Exactly(2), TestEvents.Many(2), TestEvents.By()));

        Assert.Equal(2, conflict.Expected.Value);
        Assert.Equal(3, conflict.ActualVersion);
        Assert.Contains(stream, conflict.Message, StringComparison.Ordinal);
        Assert.Equal(3, (await store.ReadStreamAsync(stream).ToListAsync()).Count);
    }

    [Fact]
    public async Task A_conflict_names_the_actual_version_even_where_error_detail_is_redacted()
    {
        // A configured connection string need not say 'Include Error Detail'; without it Npgsql redacts DETAIL.
        await using var redacting = LedgerDataSource.Create(
            new NpgsqlConnectionStringBuilder(Database.AppConnectionString) { IncludeErrorDetail = false }.ConnectionString);
        var store = new LedgerEventStore(redacting, Clock);
        var stream = TestEvents.StreamId();
        await store.AppendAsync(stream, ExpectedVersion.NoStream, TestEvents.Many(2), TestEvents.By());

        var conflict = await Assert.ThrowsAsync<ConcurrencyException>(() =>
            store.AppendAsync(stream, ExpectedVersion.Exactly(1), [TestEvents.New()], TestEvents.By()));

        Assert.Equal(2, conflict.ActualVersion);
    }

    [Fact]
    public async Task Exact_version_on_a_missing_stream_fails_and_creates_no_stream()
    {
        var store = Store();
        var stream = TestEvents.StreamId();

        var conflict = await Assert.ThrowsAsync<ConcurrencyException>(() =>
            store.AppendAsync(stream, ExpectedVersion.Exactly(4), [TestEvents.New()], TestEvents.By()));

        Assert.Equal(0, conflict.ActualVersion);
        Assert.Null(await store.FetchStreamStateAsync(stream));
    }

    [Fact]
    public async Task Any_version_appends_whatever_the_stream_holds()
    {
        var store = Store();
        var stream = TestEvents.StreamId();
        await store.AppendAsync(stream, ExpectedVersion.Any, [TestEvents.New()], TestEvents.By());
        var result = await store.AppendAsync(stream, ExpectedVersion.Any, TestEvents.Many(2), TestEvents.By());
        Assert.Equal(3, result.NextExpectedVersion);
    }

    [Fact]
    public async Task Parallel_writers_expecting_the_same_version_let_exactly_one_win()
    {
        var store = Store();
        var stream = TestEvents.StreamId();
        await store.AppendAsync(stream, ExpectedVersion.NoStream, [TestEvents.New()], TestEvents.By());

        var attempts = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            try
            {
                await store.AppendAsync(stream, ExpectedVersion.Exactly(1), TestEvents.Many(2), TestEvents.By());
                return true;
            }
            catch (ConcurrencyException)
            {
                return false;
            }
        })).ToList();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Equal(1, outcomes.Count(won => won));
        var events = await store.ReadStreamAsync(stream).ToListAsync();
        Assert.Equal([1L, 2L, 3L], events.Select(e => e.Version));
    }
}
