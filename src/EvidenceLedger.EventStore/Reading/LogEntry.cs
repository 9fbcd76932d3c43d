using EvidenceLedger.EventStore.Hashing;
using NodaTime;

namespace EvidenceLedger.EventStore.Reading;

/// <summary>
/// An event as the complete log hands it out: what its hash covers (its payload only as the stored
/// <c>payloadSha256</c>: parsing every event's JSON would cost a log reader more than everything else it does). Nothing
/// past the Merkle log's cursor is chained yet, so the entry carries no stored hash.
/// </summary>
public sealed record LogEntry(
    long Position,
    Guid EventId,
    string StreamId,
    long Version,
    string Type,
    string Actor,
    Instant RecordedAt,
    Guid CorrelationId,
    Guid? CausationId,
    string PayloadSha256)
{
    public LogCursor Cursor => new(Position);

    /// <summary>This event's hash when the version before it in its stream has <paramref name="previousHash"/> (none for version 1).</summary>
    public byte[] HashAfter(byte[]? previousHash) =>
        StoredEventHash.Compute(previousHash, Version, EventId, StreamId, Type, Actor, RecordedAt, CorrelationId, CausationId, PayloadSha256);
}
