using System.Text.Json;
using EvidenceLedger.EventStore.Appending;

namespace EvidenceLedger.EventStore.Tests.Support;

internal static class TestEvents
{
    public static EventToAppend New(string type = "thing_happened", object? data = null) =>
        new(Guid.NewGuid(), type, JsonSerializer.SerializeToElement(data ?? new { note = "x" }));

    public static IReadOnlyList<EventToAppend> Many(int count, string type = "thing_happened") =>
        Enumerable.Range(0, count).Select(i => New(type, new { index = i })).ToList();

    public static AppendMetadata By(string actor = "tester", string? reason = null) => new(actor, Guid.NewGuid(), null, reason);

    public static string StreamId(string prefix = "test") => $"{prefix}-{Guid.NewGuid():N}";
}
