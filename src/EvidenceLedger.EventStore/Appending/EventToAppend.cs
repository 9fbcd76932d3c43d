using System.Text.Json;

namespace EvidenceLedger.EventStore.Appending;

/// <summary>One new event: a client-chosen id (so a retry is recognised), its stored type name and its JSON data.</summary>
public sealed record EventToAppend(Guid EventId, string Type, JsonElement Data)
{
    /// <summary>
    /// The domain record <see cref="Data"/> was serialized from, when Marten serializes it the same way: Marten then
    /// receives the record itself, so its inline projections and listeners see the domain's event, not JSON. Null for
    /// an event known only as JSON.
    /// </summary>
    public object? Record { get; init; }
}
