using EvidenceLedger.EventStore.Reading;
using NodaTime;

namespace EvidenceLedger.Integrity.Verification;

/// <summary>An event as stored, with the hash of the version before it in its stream (null when that version is not stored).</summary>
internal sealed record EventRow(
    long Position,
    long TxId,
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
    byte[] Hash,
    byte[]? PredecessorHash)
{
    public LogCursor Cursor => new(TxId, Position);

    public string Where => $"position {Position} (stream '{StreamId}', version {Version})";
}
