using System.Globalization;
using EvidenceLedger.Evidence.Texts;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Server.Evidence.Files;
using EvidenceLedger.Server.Exporting.Bundle;
using EvidenceLedger.Server.Exporting.Recording;
using EvidenceLedger.Server.Exporting.VerifyingBundles;
using EvidenceLedger.Server.Integrity.Keys;
using NodaTime;
using NodaTime.Text;

namespace EvidenceLedger.Server.Exporting.Building;

/// <summary>
/// Produces an incident's provenance bundle for a user, and records in the ledger that they did, why, and exactly what the
/// bundle holds. The HTTP route, the CLI and the web pages all export through this one service.
/// </summary>
public sealed class IncidentExporter(SnapshotReader snapshots, LogCoverage coverage, ExportWitnessing witnessing, LedgerPublicKey key, ExportRecorder recorder,
    Archive.BundleArchive archive, FileStore fileStore)
{
    private static readonly InstantPattern FileStamp = InstantPattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss'Z'");

    /// <summary>The export, or null when there is no such incident.</summary>
    /// <param name="actor">Who exports: the signed-in user, or <c>cli:&lt;OS user&gt;</c>.</param>
    /// <param name="reason">Why, as they gave it; recorded with the export.</param>
    /// <exception cref="LogNotReadyException">The Merkle log could not take in the incident's events, or the export's own, in time.</exception>
    public Task<IncidentExport?> ExportAsync(Guid incidentId, string actor, string? reason, CancellationToken ct = default) =>
        ExportAsync(incidentId, actor, reason, maxFileBytes: null, ct);

    /// <inheritdoc cref="ExportAsync(Guid, string, string?, CancellationToken)"/>
    /// <param name="maxFileBytes">The largest cited file whose bytes go into the bundle; the larger are given by SHA-256 alone. Null: every one.</param>
    public async Task<IncidentExport?> ExportAsync(Guid incidentId, string actor, string? reason, long? maxFileBytes, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        reason = FreeText.CleanOrNull(reason);

        var snapshot = await snapshots.TakeAsync(incidentId, ct);
        if (snapshot is null) return null;
        var log = await coverage.ProveAsync([.. snapshot.AllEvents], ct);
        var cited = await CitedFiles.GatherAsync(snapshot.Replayed.Incident, fileStore, maxFileBytes, ct);
        var assembled = BundleAssembler.Assemble(snapshot, log, key, actor, reason, cited);
        var fileName = FileName(incidentId, snapshot.TakenAt);

        // Recorded before the zip is finished, and proven in a checkpoint signed after it, so the bundle carries the
        // ledger's own statement of everything it holds.
        var exported = await recorder.RecordAsync(ExportEventData.Of(assembled, fileName, snapshot.Incident.Version), actor, reason, ct);
        var proven = await coverage.ProveAsync([exported], ct);
        var (witnessed, exportNote) = await witnessing.CosignedAsync(proven.Stored, ct);
        if (witnessed.TreeSize != proven.Stored.TreeSize) proven = await coverage.ProveInAsync([exported], witnessed, ct);
        var consistency = await coverage.ConsistencyProofAsync(log.Checkpoint.TreeSize, proven.Checkpoint.TreeSize, ct);
        var exportEvent = new ExportEventFile(EventExport.From(exported, proven.Proofs[exported.EventId]), BundlePaths.ExportCheckpoint,
            [.. consistency.Select(Convert.ToBase64String)]);
        var bundle = BundleZip.Write(BundleSeal.Complete(assembled.Files, exportEvent, exportNote), snapshot.TakenAt);

        // Whatever leaves the ledger must pass the same offline check a court's expert will run on it.
        var check = BundleVerifier.Verify(bundle, TrustedKeys.Of(key.VerifierKey));
        if (!check.Confirmed)
            throw new IntegrityViolationException($"The bundle built for incident {incidentId} fails its own verification, so it was not handed out: {check.Failure}");

        // Kept before it is sealed: every bundle the ledger records as handed out can be handed out again.
        await archive.KeepAsync(Bundle.Sha256Manifest.Hex(bundle), bundle, ct);
        var record = await recorder.SealAsync(exported, bundle, ct);
        return new IncidentExport(record, fileName, bundle);
    }

    public static string FileName(Guid incidentId, Instant exportedAt) =>
        string.Create(CultureInfo.InvariantCulture, $"incident-{incidentId:D}-provenance-{FileStamp.Format(exportedAt)}.zip");
}
