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

        AssertChained(events);
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
