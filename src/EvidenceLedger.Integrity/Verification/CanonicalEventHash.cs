using EvidenceLedger.EventStore.Reading;

namespace EvidenceLedger.Integrity.Verification;

/// <summary>
/// The chain hash of docs/event-hashing.md, computed by the verifier's own implementation (not the writer's), for anyone
/// who must recompute an event's hash independently, e.g. from an exported bundle.
/// </summary>
public static class CanonicalEventHash
{
    public static byte[] Compute(StoredEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var hash = new byte[32];
        EventHashRecomputer.ForThisThread.Compute(new EventHashRecomputer.EventFields(e.EventId, e.StreamId, e.Version, e.Type, e.Data, e.Actor,
            e.RecordedAt, e.CorrelationId, e.CausationId, e.Reason, e.PreviousHash), hash);
        return hash;
    }
}
