using EvidenceLedger.EventStore.Reading;
using NodaTime;

namespace EvidenceLedger.Integrity.Verification;

/// <summary>An event as stored in the complete order, and whether it still hashes to its stored hash (none until the
/// Merkle log's integrator has chained it).</summary>
internal sealed record EventRow(
    long Position,
    Guid EventId,
    string StreamId,
    long Version,
    string Type,
    string DataJson,
    string Actor,
    Instant RecordedAt,
    Guid CorrelationId,
    Guid? CausationId,
    string? Reason,
    byte[]? PreviousHash,
    byte[]? Hash)
{
    /// <summary>Set once the hash has been recomputed from the stored content (<see cref="EventChecks"/>).</summary>
    public bool HashMatches { get; set; }

    /// <summary>SHA-256(0x00 ‖ stored hash): what this event's leaf must hold, computed beside <see cref="HashMatches"/>.</summary>
    public byte[] LeafHash { get; set; } = [];

    public LogCursor Cursor => new(Position);

    public string Where => $"position {Position} (stream '{StreamId}', version {Version})";
}
