using EvidenceLedger.EventStore.Time;
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

    /// <summary>The export <paramref name="exported"/> (the event <paramref name="exportId"/> that <paramref name="exportedBy"/> recorded), not yet sealed.</summary>
    public static ExportListing Recorded(Guid exportId, IncidentExported exported, string exportedBy, string? reason)
    {
        ArgumentNullException.ThrowIfNull(exported);
        return new ExportListing
        {
            Id = exportId, IncidentId = exported.IncidentId, ExportedBy = exportedBy, ExportedAt = LedgerInstant.Pattern.Parse(exported.ExportedAt).Value,
            Reason = reason, FileName = exported.FileName, IncidentVersion = exported.IncidentVersion, EventCount = exported.EventCount,
            CheckpointTreeSize = exported.Checkpoint.TreeSize,
        };
    }

    /// <summary>The bundle was handed out as a zip of this SHA-256 and size.</summary>
    public ExportListing Sealed(IncidentExportSealed seal)
    {
        ArgumentNullException.ThrowIfNull(seal);
        BundleSha256 = seal.BundleSha256;
        BundleBytes = seal.BundleBytes;
        return this;
    }

    /// <summary>The record <c>GET /api/exports</c> lists, once sealed; <paramref name="position"/> is the ledger position of its <c>incident_exported</c> event.</summary>
    public ExportRecord Record(long position) =>
        new(Id, IncidentId, ExportedBy, ExportedAt, Reason, FileName, BundleSha256 ?? throw new InvalidOperationException($"The export {Id} is not sealed."),
            BundleBytes, IncidentVersion, EventCount, CheckpointTreeSize, position);
}
