using EvidenceLedger.EventStore.Events;

namespace EvidenceLedger.Server.Exporting.Recording;

/// <summary>
/// The bundle recorded by <see cref="IncidentExported"/> <paramref name="ExportId"/> was finished and handed out as a zip of
/// this SHA-256 and size. A second event because a zip cannot hold its own hash: the first is inside the bundle.
/// </summary>
/// <param name="BundleSha256">Lower-case hex SHA-256 of the zip file exactly as handed out.</param>
[EventType("incident_export_sealed")]
public sealed record IncidentExportSealed(Guid ExportId, string BundleSha256, long BundleBytes);
