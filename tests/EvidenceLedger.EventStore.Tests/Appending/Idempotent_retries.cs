using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Tests.Support;
using EvidenceLedger.Testing;

namespace EvidenceLedger.EventStore.Tests.Appending;

public sealed class Idempotent_retries(LedgerDatabase database) : StoreTestBase(database)
{
    [Fact]
    public async Task Retrying_an_append_returns_the_original_positions_and_stores_nothing_twice()
    {
        var store = Store();
        var stream = TestEvents.StreamId();
        var events = TestEvents.Many(2);
        var first = await store.AppendAsync(stream, ExpectedVersion.NoStream, events, TestEvents.By());

        var retry = await store.AppendAsync(stream, ExpectedVersion.NoStream, events, TestEvents.By());

        Assert.Equal(first.Events.Select(e => (e.Position, e.Version)), retry.Events.Select(e => (e.Position, e.Version)));
        Assert.Equal(2, (await store.ReadStreamAsync(stream).ToListAsync()).Count);
    }

    [Fact]
    public async Task Retrying_an_append_that_expected_an_exact_version_returns_the_original()
    {
        var store = Store();
        var stream = TestEvents.StreamId();
        await store.AppendAsync(stream, ExpectedVersion.NoStream, TestEvents.Many(2), TestEvents.By());
        var events = TestEvents.Many(3);
        var first = await store.AppendAsync(stream, ExpectedVersion.Exactly(2), events, TestEvents.By());

        var retry = await store.AppendAsync(stream, ExpectedVersion.Exactly(2), events, TestEvents.By());

        Assert.Equal(first.Events, retry.Events);
        Assert.Equal(5, (await store.FetchStreamStateAsync(stream))!.Version);
        Assert.Equal(5, (await store.ReadStreamAsync(stream).ToListAsync()).Count);
    }

    [Fact]
    public async Task Retrying_an_append_that_expected_any_version_returns_the_original()
    {
        var store = Store();
        var stream = TestEvents.StreamId();
        var events = TestEvents.Many(2);
        var first = await store.AppendAsync(stream, ExpectedVersion.Any, events, TestEvents.By());

        var retry = await store.AppendAsync(stream, ExpectedVersion.Any, events, TestEvents.By());

        Assert.Equal(first.Events.Select(e => e.Position), retry.Events.Select(e => e.Position));
        Assert.Equal(2, (await store.FetchStreamStateAsync(stream))!.Version);
    }

    [Fact]
    public async Task A_retry_that_comes_later_leaves_the_stream_as_it_was()
    {
        var store = Store();
        var stream = TestEvents.StreamId();
        await store.AppendAsync(stream, ExpectedVersion.NoStream, TestEvents.Many(1), TestEvents.By());
        var events = TestEvents.Many(2);
        await store.AppendAsync(stream, ExpectedVersion.Exactly(1), events, TestEvents.By());
        var before = await store.FetchStreamStateAsync(stream);

        Clock.Advance(NodaTime.Duration.FromMinutes(5));
        await store.AppendAsync(stream, ExpectedVersion.Exactly(1), events, TestEvents.By());

        var after = await store.FetchStreamStateAsync(stream);
        Assert.Equal((before!.Version, before.CreatedAt, before.UpdatedAt), (after!.Version, after.CreatedAt, after.UpdatedAt));
    }

    [Fact]
    public async Task Concurrent_retries_of_one_append_store_it_once()
    {
        var store = Store();
        var stream = TestEvents.StreamId();
        var events = TestEvents.Many(3);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            Task.Run(() => store.AppendAsync(stream, ExpectedVersion.Any, events, TestEvents.By()))));

        Assert.Single(results.Select(r => string.Join(",", r.Events.Select(e => e.Position))).Distinct());
        Assert.Equal(3, (await store.ReadStreamAsync(stream).ToListAsync()).Count);
    }

    [Fact]
    public async Task Reusing_some_event_ids_in_a_different_append_is_refused()
    {
        var store = Store();
        var stream = TestEvents.StreamId();
        var original = TestEvents.New();
        await store.AppendAsync(stream, ExpectedVersion.NoStream, [original], TestEvents.By());

        await Assert.ThrowsAsync<EventIdReusedException>(() =>
            store.AppendAsync(stream, ExpectedVersion.Any, [original, TestEvents.New()], TestEvents.By()));
        await Assert.ThrowsAsync<EventIdReusedException>(() =>
            store.AppendAsync(TestEvents.StreamId(), ExpectedVersion.Any, [original], TestEvents.By()));
        // At the version the stream is at, the expected version holds: the unique event id index refuses it.
        await Assert.ThrowsAsync<EventIdReusedException>(() =>
            store.AppendAsync(stream, ExpectedVersion.Exactly(1), [original], TestEvents.By()));
        Assert.Single(await store.ReadStreamAsync(stream).ToListAsync());
        Assert.Equal(1, (await store.FetchStreamStateAsync(stream))!.Version);
    }
}
