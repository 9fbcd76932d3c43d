namespace EvidenceLedger.EventStore.Appending;

/// <summary>The stream was not at the expected version; nothing of the append was written.</summary>
public sealed class ConcurrencyException(string streamId, ExpectedVersion expected, long actual)
    : Exception($"Stream '{streamId}' is at version {actual}, but the append expected {expected}.")
{
    public string StreamId { get; } = streamId;
    public ExpectedVersion Expected { get; } = expected;
    public long ActualVersion { get; } = actual;
}
