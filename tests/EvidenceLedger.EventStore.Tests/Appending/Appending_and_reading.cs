using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Tests.Support;
using EvidenceLedger.Testing;

namespace EvidenceLedger.EventStore.Tests.Appending;

public sealed class Appending_and_reading(LedgerDatabase database) : StoreTestBase(database)
{
    [Fact]
    public async Task Appended_events_read_back_in_version_order_with_their_metadata()
    {
        var store = Store();
        var stream = TestEvents.StreamId();
        var events = TestEvents.Many(3);
        var metadata = new AppendMetadata("amira", Guid.NewGuid(), Guid.NewGuid(), "first report");

        var result = await store.AppendAsync(stream, ExpectedVersion.NoStream, events, metadata);

        Assert.Equal([1L, 2L, 3L], result.Events.Select(e => e.Version));
        var read = await store.ReadStreamAsync(stream).ToListAsync();
        Assert.Equal(events.Select(e => e.EventId), read.Select(e => e.EventId));
        Assert.All(read, e =>
        {
            Assert.Equal("amira", e.Actor);
            Assert.Equal("first report", e.Reason);
            Assert.Equal(metadata.CorrelationId, e.CorrelationId);
            Assert.Equal(metadata.CausationId, e.CausationId);
            Assert.Equal(Clock.Now, e.RecordedAt);
        });
        Assert.Equal(1, read[1].Data.GetProperty("index").GetInt32());
        Assert.True(read[0].Position < read[1].Position && read[1].Position < read[2].Position);
        Assert.Equal(3, (await store.FetchStreamStateAsync(stream))!.Version);
    }

    [Fact]
    public async Task Reading_an_unknown_stream_yields_nothing()
    {
        Assert.Empty(await Store().ReadStreamAsync(TestEvents.StreamId()).ToListAsync());
        Assert.Null(await Store().FetchStreamStateAsync(TestEvents.StreamId()));
    }

    [Fact]
    public async Task An_empty_append_is_refused_before_reaching_the_database()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store().AppendAsync(TestEvents.StreamId(), ExpectedVersion.Any, [], TestEvents.By()));
    }

    [Fact]
    public async Task The_global_log_holds_every_stream_in_one_order()
    {
        var store = Store();
        var a = TestEvents.StreamId("a");
        var b = TestEvents.StreamId("b");
        await store.AppendAsync(a, ExpectedVersion.NoStream, TestEvents.Many(2), TestEvents.By());
        await store.AppendAsync(b, ExpectedVersion.NoStream, TestEvents.Many(2), TestEvents.By());

        var log = await SettledLog.ReadAsync(DataSource, new EvidenceLedger.EventStore.Reading.LogFence());
        var ours = log.Where(e => e.StreamId == a || e.StreamId == b).Select(e => e.StreamId).ToList();

        Assert.Equal([a, a, b, b], ours);
    }
}
