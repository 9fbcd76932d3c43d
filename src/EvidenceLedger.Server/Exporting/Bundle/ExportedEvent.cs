using System.Text.Json;
using System.Text.Json.Serialization;

namespace EvidenceLedger.Server.Exporting.Bundle;

/// <summary>
/// One event of an exported stream. The first ten members are those of docs/event-hashing.md (and of its test vector, so
/// docs/vectors/event-hash-vector.py reads a stream file as it is); <see cref="CanonicalBody"/> is their RFC 8785 form,
/// the exact bytes hashed. <see cref="LeafIndex"/> and <see cref="InclusionProof"/> (RFC 9162, base64, nearest the leaf
/// first) place the event's leaf, SHA-256(0x00 ‖ hash), in the tree of the bundle's checkpoint.
/// </summary>
/// <param name="RecordedAt">UTC with exactly six fraction digits, as hashed.</param>
/// <param name="PreviousHash">Lower-case hex; null for version 1.</param>
/// <param name="Hash">Lower-case hex chain hash.</param>
/// <param name="Withheld">
/// Null for a disclosed event. Otherwise why its payload is withheld: <see cref="Data"/> and <see cref="Reason"/> are null,
/// and <see cref="PayloadSha256"/> stands in for them, so its hash is still recomputed from everything else it shows.
/// </param>
/// <param name="PayloadSha256">Lower-case hex SHA-256 of the RFC 8785 form of <c>{"data":…,"reason":…}</c>, the body's member of that name.</param>
public sealed record ExportedEvent(
    Guid EventId,
    string StreamId,
    long Version,
    string Type,
    JsonElement? Data,
    string Actor,
    string RecordedAt,
    Guid? CorrelationId,
    Guid? CausationId,
    string? Reason,
    string? PreviousHash,
    string Hash,
    long Position,
    string? CanonicalBody,
    long LeafIndex,
    IReadOnlyList<string> InclusionProof,
    string? Withheld = null,
    string? PayloadSha256 = null)
{
    [JsonIgnore]
    public bool IsWithheld => Withheld is not null;
}
