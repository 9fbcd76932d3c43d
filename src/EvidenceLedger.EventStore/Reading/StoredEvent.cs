using System.Text.Json;
using NodaTime;

namespace EvidenceLedger.EventStore.Reading;

/// <summary>
/// One event as the ledger holds it, with its metadata and its place in the per-stream hash chain: stored by the Merkle
/// log's integrator, or computed by the read for an event it has not taken in yet.
/// </summary>
/// <param name="ActorId">The id of the user <paramref name="Actor"/> names (its <c>userId</c> header); null for an actor
/// that is no user, and for events recorded before ids were.</param>
public sealed record StoredEvent(
    long Position,
    Guid EventId,
    string StreamId,
    long Version,
    string Type,
    JsonElement Data,
    string Actor,
    Instant RecordedAt,
    Guid CorrelationId,
    Guid? CausationId,
    string? Reason,
    byte[]? PreviousHash,
    byte[] Hash,
    Guid? ActorId = null)
{
    public LogCursor Cursor => new(Position);
}
