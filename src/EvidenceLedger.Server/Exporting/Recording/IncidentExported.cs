using EvidenceLedger.EventStore.Events;

namespace EvidenceLedger.Server.Exporting.Recording;

/// <summary>
/// A copy of the incident's provenance left the ledger: the bundle <paramref name="FileName"/> whose SHA-256 is
/// <paramref name="BundleSha256"/>. Who exported it and why are the event's actor and reason. Kept in the stream
/// <c>export-{incidentId}</c>, never the incident's own, so exporting changes neither the incident's version nor its ETag.
/// </summary>
/// <param name="ExportedAt">The bundle's export instant (its as-of view is the incident as of it), as in docs/event-hashing.md.</param>
/// <param name="BundleSha256">Lower-case hex SHA-256 of the zip file exactly as handed out.</param>
/// <param name="IncidentVersion">The incident stream's version the bundle covers.</param>
/// <param name="EventCount">Events in the bundle: the incident's and those of the sources its claims rely on.</param>
/// <param name="CheckpointRootHash">Base64 root hash of the signed checkpoint the bundle's proofs lead to.</param>
[EventType("incident_exported")]
public sealed record IncidentExported(
    Guid IncidentId,
    string ExportedAt,
    string FileName,
    string BundleSha256,
    long BundleBytes,
    long IncidentVersion,
    int EventCount,
    long CheckpointTreeSize,
    string CheckpointRootHash);
