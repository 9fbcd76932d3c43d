using EvidenceLedger.EventStore.Reading;

namespace EvidenceLedger.Integrity.Verification;

/// <summary>
/// The chain hash of docs/event-hashing.md and the canonical body it covers, computed by the verifier's own
/// implementation (not the writer's), for anyone who must recompute an event's hash independently, e.g. from an
/// exported bundle.
/// </summary>
public static class CanonicalEventHash
{
    public static byte[] Compute(StoredEvent e)
    {
        var hash = new byte[32];
        EventHashRecomputer.ForThisThread.Compute(Fields(e), hash);
        return hash;
    }

    /// <summary>The RFC 8785 body of the event's members (docs/event-hashing.md §1), the last part of what <see cref="Compute"/> hashes.</summary>
    public static byte[] Body(StoredEvent e) => EventHashRecomputer.ForThisThread.Body(Fields(e));

    private static EventHashRecomputer.EventFields Fields(StoredEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.EventId, e.StreamId, e.Version, e.Type, e.Data, e.Actor, e.RecordedAt, e.CorrelationId, e.CausationId, e.Reason, e.PreviousHash);
    }
}
