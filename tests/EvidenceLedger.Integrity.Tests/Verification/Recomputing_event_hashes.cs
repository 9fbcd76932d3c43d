using System.Text.Json;
using EvidenceLedger.EventStore.Hashing;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Integrity.Tests.Support;
using EvidenceLedger.Integrity.Verification;
using FsCheck.Fluent;
using NodaTime.Text;

namespace EvidenceLedger.Integrity.Tests.Verification;

/// <summary>The verifier's own implementation of docs/event-hashing.md against the writer's, and against the documented vector.</summary>
public sealed class Recomputing_event_hashes
{
    [Fact]
    public void The_verifiers_hash_equals_the_writers_for_random_events() =>
        PropertyCheck.Holds(Prop.ForAll(RandomEvents.Events.ToArbitrary(), e =>
            Assert.Equal(
                Convert.ToHexStringLower(EventHash.Compute(e.PreviousHash, e.Version,
                    EventBody.Canonical(e.EventId, e.StreamId, e.Type, e.Data, e.Actor, e.RecordedAt, e.CorrelationId, e.CausationId, e.Reason))),
                Convert.ToHexStringLower(CanonicalEventHash.Compute(e)))), maxTests: 500);

    [Fact]
    public void The_verifiers_hash_matches_the_documented_test_vector()
    {
        byte[]? previous = null;
        foreach (var e in DocumentedVector())
        {
            var stored = new StoredEvent(1, e.GetProperty("eventId").GetGuid(), e.GetProperty("streamId").GetString()!, e.GetProperty("version").GetInt64(),
                e.GetProperty("type").GetString()!, e.GetProperty("data"), e.GetProperty("actor").GetString()!,
                InstantPattern.ExtendedIso.Parse(e.GetProperty("recordedAt").GetString()!).Value, e.GetProperty("correlationId").GetGuid(),
                e.GetProperty("causationId").ValueKind == JsonValueKind.Null ? null : e.GetProperty("causationId").GetGuid(),
                e.GetProperty("reason").ValueKind == JsonValueKind.Null ? null : e.GetProperty("reason").GetString(), previous, []);
            var hash = CanonicalEventHash.Compute(stored);
            Assert.Equal(e.GetProperty("hash").GetString(), Convert.ToHexStringLower(hash));
            previous = hash;
        }
    }

    private static JsonElement[] DocumentedVector()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "EvidenceLedger.sln")))
        {
            directory = directory.Parent ?? throw new InvalidOperationException("No EvidenceLedger.sln above the test binaries.");
        }

        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory.FullName, "docs", "vectors", "event-hash-vector.json")));
        return [.. document.RootElement.GetProperty("events").EnumerateArray().Select(e => e.Clone())];
    }
}
