namespace EvidenceLedger.EventStore.Appending;

/// <summary>Where an event went. Its chain hash is the database's: read it back with the event.</summary>
public sealed record AppendedEvent(Guid EventId, long Position, long Version);

/// <summary>The positions and versions of an append; for an idempotent retry, the original ones.</summary>
public sealed record AppendResult(string StreamId, IReadOnlyList<AppendedEvent> Events)
{
    public long NextExpectedVersion => Events[^1].Version;
    public long LastPosition => Events.Max(e => e.Position);
}
