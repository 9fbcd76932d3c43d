namespace EvidenceLedger.EventStore.Appending;

/// <summary>Some, not all, of an append's event ids are already stored (or stored in another stream): not a retry.</summary>
public sealed class EventIdReusedException(string streamId)
    : Exception($"Some event ids of this append to '{streamId}' are already stored, but not as this same append.")
{
    public string StreamId { get; } = streamId;
}
