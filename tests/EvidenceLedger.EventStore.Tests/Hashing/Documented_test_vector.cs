using System.Text.Json;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Hashing;
using EvidenceLedger.EventStore.Tests.Support;
using EvidenceLedger.EventStore.Time;
using EvidenceLedger.Testing;
using NodaTime.Text;

namespace EvidenceLedger.EventStore.Tests.Hashing;

/// <summary>docs/vectors/event-hash-vector.json, also checked by an independent Python script beside it.</summary>
public sealed class Documented_test_vector(LedgerDatabase database) : StoreTestBase(database)
{
    private static JsonElement[] Events()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Hashing", "event-hash-vector.json")));
        return document.RootElement.GetProperty("events").EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    private static string? NullableString(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetString();

    [Fact]
    public void The_CSharp_hash_matches_the_documented_vector()
    {
        var previous = Array.Empty<byte>();
        foreach (var e in Events())
        {
            var body = EventBody.Canonical(e.GetProperty("eventId").GetGuid(), e.GetProperty("streamId").GetString()!, e.GetProperty("type").GetString()!,
                e.GetProperty("data"), e.GetProperty("actor").GetString()!, InstantPattern.ExtendedIso.Parse(e.GetProperty("recordedAt").GetString()!).Value,
                e.GetProperty("correlationId").GetGuid(), NullableString(e, "causationId") is { } c ? Guid.Parse(c) : null, NullableString(e, "reason"));
            var hash = EventHash.Compute(previous, e.GetProperty("version").GetInt64(), body);
            Assert.Equal(e.GetProperty("hash").GetString(), Convert.ToHexStringLower(hash));
            Assert.Equal(e.GetProperty("payloadSha256").GetString(), EventBody.PayloadSha256(e.GetProperty("data"), NullableString(e, "reason")));
            previous = hash;
        }
    }

    [Fact]
    public async Task The_hashes_of_the_appended_vector_events_as_stored_match_it()
    {
        var store = Store();
        foreach (var e in Events())
        {
            Clock.Set(InstantPattern.ExtendedIso.Parse(e.GetProperty("recordedAt").GetString()!).Value);
            var metadata = new AppendMetadata(e.GetProperty("actor").GetString()!, e.GetProperty("correlationId").GetGuid(),
                NullableString(e, "causationId") is { } c ? Guid.Parse(c) : null, NullableString(e, "reason"));
            var version = e.GetProperty("version").GetInt64();
            var result = await store.AppendAsync(e.GetProperty("streamId").GetString()!, ExpectedVersion.Exactly(version - 1),
                [new EventToAppend(e.GetProperty("eventId").GetGuid(), e.GetProperty("type").GetString()!, e.GetProperty("data"))], metadata);
            var stored = await store.ReadStreamAsync(result.StreamId).SingleAsync(s => s.EventId == result.Events[0].EventId);
            Assert.Equal(e.GetProperty("hash").GetString(), Convert.ToHexStringLower(stored.Hash));
        }
        Assert.Equal("2015-11-25T09:00:00.123456Z", LedgerInstant.Format((await store.ReadStreamAsync("incident-7c1e2f0a").FirstAsync()).RecordedAt));
    }
}
