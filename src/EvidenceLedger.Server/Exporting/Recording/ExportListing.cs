using NodaTime;

namespace EvidenceLedger.Server.Exporting.Recording;

/// <summary>
/// One recorded export as Marten stores it (<see cref="ExportsProjection"/>): what its <see cref="IncidentExported"/>
/// said, and once its <see cref="IncidentExportSealed"/> follows, the bundle's SHA-256 and size.
/// </summary>
public sealed class ExportListing
{
    /// <summary>The export's id: the id of its <c>incident_exported</c> event.</summary>
    public Guid Id { get; set; }

    public Guid IncidentId { get; set; }

    public string ExportedBy { get; set; } = string.Empty;

    public Instant ExportedAt { get; set; }

    public string? Reason { get; set; }

    public string FileName { get; set; } = string.Empty;

    public long IncidentVersion { get; set; }

    public int EventCount { get; set; }

    public long CheckpointTreeSize { get; set; }

    /// <summary>Null until the export is sealed: only a sealed export was handed out.</summary>
    public string? BundleSha256 { get; set; }

    public long BundleBytes { get; set; }

    /// <summary>The record <c>GET /api/exports</c> lists, once sealed; <paramref name="position"/> is the ledger position of its <c>incident_exported</c> event.</summary>
    public ExportRecord Record(long position) =>
        new(Id, IncidentId, ExportedBy, ExportedAt, Reason, FileName, BundleSha256 ?? throw new InvalidOperationException($"The export {Id} is not sealed."),
            BundleBytes, IncidentVersion, EventCount, CheckpointTreeSize, position);
}
