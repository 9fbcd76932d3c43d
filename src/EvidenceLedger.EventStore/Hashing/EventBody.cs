using System.Text.Json;
using NodaTime;

namespace EvidenceLedger.EventStore.Hashing;

/// <summary>
/// The canonical bytes of one event: the RFC 8785 form of a JSON object holding the event id, stream id, type, the
/// metadata, and the SHA-256 of its payload (data and reason), so that an event can be shown without its payload and
/// still be checked. Version and previous hash are framed around it by <see cref="EventHash"/>. Specified in
/// docs/event-hashing.md so that a verifier in any language can rebuild it.
/// </summary>
public static class EventBody
{
    public static byte[] Canonical(Guid eventId, string streamId, string type, JsonElement data, string actor,
        Instant recordedAt, Guid correlationId, Guid? causationId, string? reason) =>
        new EventBodyTemplate(streamId, actor, recordedAt, correlationId, causationId, reason).Body(eventId, type, data);

    /// <summary>The <c>payloadSha256</c> member of the body: what stands in for data and reason when they are withheld.</summary>
    public static string PayloadSha256(JsonElement data, string? reason) =>
        new EventBodyTemplate("", "", default, Guid.Empty, null, reason).PayloadSha256(data);
}
