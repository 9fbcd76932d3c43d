using System.Text;
using EvidenceLedger.Server.Exporting.Bundle;
using EvidenceLedger.Server.Exporting.Report;
using EvidenceLedger.Server.Integrity.Keys;

namespace EvidenceLedger.Server.Exporting.Building;

/// <summary>
/// Lays a snapshot and its log evidence out as the bundle's files: every one the ledger's export event records with its
/// SHA-256, so all but <see cref="BundlePaths.NotRecorded"/> (<see cref="BundleSeal"/> adds those once the event is proven).
/// </summary>
public static class BundleAssembler
{
    public static AssembledBundle Assemble(IncidentSnapshot snapshot, LogEvidence log, LedgerPublicKey key, string actor, string? reason, CitedFiles? cited = null)
    {
        cited ??= CitedFiles.None;
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(key);

        var streams = snapshot.Streams
            .Select(stream => ExportedStream.Of(stream.StreamId, stream.Events.Select(e => EventExport.From(e, log.Proofs[e.EventId])).ToList()))
            .ToList();
        var asOfExport = new ExportedView(ExportedView.AsOfExport, snapshot.TakenAt, snapshot.Replayed.Incident, snapshot.Replayed.Sources);
        var current = new ExportedView(ExportedView.Current, null, snapshot.Incident, snapshot.Sources);
        var description = Describe(snapshot, log, key, actor, reason, streams) with { Files = cited.Described };

        var files = new List<KeyValuePair<string, byte[]>>
        {
            new(BundlePaths.HowToVerify, HowToVerify.Text(description)),
            new(BundlePaths.VerifyPage, OfflinePage.VerifyHtml.Content()),
            new(BundlePaths.Report, ProvenanceReport.Render(new ReportModel(description, asOfExport, streams, log.Stored.Note))),
            new(BundlePaths.Description, BundleJson.Serialize(description)),
            new(BundlePaths.Checkpoint, Encoding.UTF8.GetBytes(log.Stored.Note)),
            new(BundlePaths.PublicKey, Encoding.UTF8.GetBytes(key.VerifierKey + "\n")),
            new(BundlePaths.CurrentView, BundleJson.Serialize(current)),
            new(BundlePaths.AsOfExportView, BundleJson.Serialize(asOfExport)),
        };
        files.AddRange(streams.Select(stream => new KeyValuePair<string, byte[]>(BundlePaths.Stream(stream.StreamId), BundleJson.Serialize(stream))));
        files.AddRange(cited.Included);
        return new AssembledBundle(description, streams, files);
    }

    private static ExportDescription Describe(IncidentSnapshot snapshot, LogEvidence log, LedgerPublicKey key, string actor, string? reason,
        IReadOnlyList<ExportedStream> streams) =>
        new(ExportDescription.CurrentFormat,
            snapshot.Incident.Id,
            snapshot.Incident.Title,
            snapshot.TakenAt,
            actor,
            reason,
            streams.Select((stream, i) => new StreamDescription(stream.StreamId, i == 0 ? "incident" : "source", BundlePaths.Stream(stream.StreamId),
                stream.Events[^1].Version, stream.Events[^1].Hash, stream.Events.Count(e => e.IsWithheld))).ToList(),
            new CheckpointDescription(BundlePaths.Checkpoint, log.Checkpoint.Origin, log.Checkpoint.TreeSize, Convert.ToBase64String(log.Checkpoint.RootHash)),
            new KeyDescription(BundlePaths.PublicKey, key.KeyName, key.KeyId, key.VerifierKey),
            new ViewsDescription(BundlePaths.CurrentView, BundlePaths.AsOfExportView));
}
