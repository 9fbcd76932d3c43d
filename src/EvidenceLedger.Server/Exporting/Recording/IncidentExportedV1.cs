using System.Text.Json;
using EvidenceLedger.EventStore.Time;

namespace EvidenceLedger.Server.Exporting.Recording;

/// <summary>
/// The data of an <c>incident_exported</c> event recorded before bundles were bound to the ledger (bundle format v1): the
/// zip's SHA-256 was in the event itself and no seal followed. Such events stay in the ledger for ever, so past exports
/// keep being listed.
/// </summary>
public sealed record IncidentExportedV1(
    Guid IncidentId,
    string ExportedAt,
    string FileName,
    string BundleSha256,
    long BundleBytes,
    long IncidentVersion,
    int EventCount,
    long CheckpointTreeSize)
{
    /// <summary>Whether <paramref name="data"/> is of this shape: only v1 held the bundle's SHA-256.</summary>
    public static bool Holds(JsonElement data) => data.ValueKind == JsonValueKind.Object && data.TryGetProperty("bundleSha256", out _);

    public ExportRecord Record(Guid exportId, string exportedBy, string? reason, long position) =>
        new(exportId, IncidentId, exportedBy, LedgerInstant.Pattern.Parse(ExportedAt).Value, reason, FileName, BundleSha256, BundleBytes,
            IncidentVersion, EventCount, CheckpointTreeSize, position);
}
