using NodaTime;

namespace EvidenceLedger.Server.Exporting.Recording;

/// <summary>One recorded export of an incident, as <c>GET /api/exports</c> lists it.</summary>
/// <param name="ExportId">The id of the <c>incident_exported</c> event.</param>
/// <param name="ExportedAt">The bundle's export instant.</param>
/// <param name="Reason">The reason the exporter gave; null when none was.</param>
/// <param name="BundleSha256">Lower-case hex SHA-256 of the zip as handed out (from <c>incident_export_sealed</c>): compare it with a copy's <c>sha256sum</c>.</param>
/// <param name="Position">The ledger position of the <c>incident_exported</c> event.</param>
public sealed record ExportRecord(
    Guid ExportId,
    Guid IncidentId,
    string ExportedBy,
    Instant ExportedAt,
    string? Reason,
    string FileName,
    string BundleSha256,
    long BundleBytes,
    long IncidentVersion,
    int EventCount,
    long CheckpointTreeSize,
    long Position);

/// <summary>A page of exports, newest first; pass <see cref="NextBefore"/> as <c>before</c> for the next page (null: none left).</summary>
public sealed record ExportList(IReadOnlyList<ExportRecord> Items, long? NextBefore);
