using EvidenceLedger.EventStore.Events;

namespace EvidenceLedger.Server.Exporting.Recording;

/// <summary>
/// A copy of the incident's provenance is leaving the ledger, and this is exactly what it holds: every stream with its
/// head, the checkpoint its events are proven against, and the SHA-256 of every file of the bundle apart from this
/// event's own record (<c>export-event.json</c>), the checkpoint proving it and the manifest. Who exported it and why are
/// the event's actor and reason. The bundle carries this event with its inclusion proof, so nothing it shows can be
/// changed, dropped or added without contradicting what the ledger recorded. Kept in the stream <c>export-{incidentId}</c>,
/// never the incident's own, so exporting changes neither the incident's version nor its ETag.
/// </summary>
/// <param name="Format">The bundle's layout, as in its <c>export.json</c>.</param>
/// <param name="ExportedAt">The bundle's export instant (its as-of view is the incident as of it), as in docs/event-hashing.md.</param>
/// <param name="IncidentVersion">The incident stream's version the bundle covers.</param>
/// <param name="EventCount">Events in the bundle's streams: the incident's and those of the sources its claims rely on.</param>
/// <param name="Checkpoint">The signed checkpoint (<c>checkpoint.txt</c>) every stream event is proven against.</param>
/// <param name="Streams">Every stream of the bundle with its last version, in <c>export.json</c>'s order.</param>
/// <param name="Files">Every file of the bundle but the three above, sorted by path (ordinal).</param>
[EventType("incident_exported")]
public sealed record IncidentExported(
    string Format,
    Guid IncidentId,
    string IncidentTitle,
    string ExportedAt,
    string FileName,
    long IncidentVersion,
    int EventCount,
    RecordedCheckpoint Checkpoint,
    IReadOnlyList<RecordedStream> Streams,
    IReadOnlyList<RecordedFile> Files);

/// <param name="RootHash">Base64, as in the signed note.</param>
public sealed record RecordedCheckpoint(long TreeSize, string RootHash);

/// <param name="Version">The stream's last version in the bundle.</param>
/// <param name="Hash">That version's chain hash (hex).</param>
/// <param name="LeafIndex">That version's leaf in the Merkle log.</param>
public sealed record RecordedStream(string StreamId, long Version, string Hash, long LeafIndex);

/// <param name="Sha256">Lower-case hex.</param>
public sealed record RecordedFile(string Path, string Sha256);
