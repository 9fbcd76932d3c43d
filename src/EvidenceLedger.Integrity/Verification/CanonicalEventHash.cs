using EvidenceLedger.EventStore.Reading;

namespace EvidenceLedger.Integrity.Verification;

/// <summary>
/// The chain hash of docs/event-hashing.md and the canonical body it covers, computed by the verifier's own
/// implementation (not the writer's), for anyone who must recompute an event's hash independently, e.g. from an
/// exported bundle.
/// </summary>
public static class CanonicalEventHash
{
    /// <param name="withheldPayloadSha256">For an event shown without its payload: the payload's SHA-256 (hex), used instead of its data and reason.</param>
    public static byte[] Compute(StoredEvent e, string? withheldPayloadSha256 = null)
    {
        var hash = new byte[32];
        EventHashRecomputer.ForThisThread.Compute(Fields(e, withheldPayloadSha256), hash);
        return hash;
    }

    /// <summary>The RFC 8785 body of the event's members (docs/event-hashing.md §1), the last part of what <see cref="Compute"/> hashes.</summary>
    public static byte[] Body(StoredEvent e, string? withheldPayloadSha256 = null) => EventHashRecomputer.ForThisThread.Body(Fields(e, withheldPayloadSha256));

    private static EventHashRecomputer.EventFields Fields(StoredEvent e, string? withheldPayloadSha256)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.EventId, e.StreamId, e.Version, e.Type, e.Data, e.Actor, e.RecordedAt, e.CorrelationId, e.CausationId, e.Reason, e.PreviousHash,
            withheldPayloadSha256);
    }
}
