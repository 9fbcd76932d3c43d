using EvidenceLedger.EventStore.Time;
using EvidenceLedger.Server.Exporting.Bundle;
using EvidenceLedger.Server.Exporting.Recording;

namespace EvidenceLedger.Server.Exporting.Building;

/// <summary>What the ledger records of a bundle about to leave it: its streams' heads, its checkpoint, every file's SHA-256.</summary>
public static class ExportEventData
{
    public static IncidentExported Of(AssembledBundle bundle, string fileName, long incidentVersion)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var description = bundle.Description;
        return new IncidentExported(description.Format, description.IncidentId, description.IncidentTitle, LedgerInstant.Format(description.ExportedAt),
            fileName, incidentVersion, bundle.Streams.Sum(stream => stream.Events.Count),
            new RecordedCheckpoint(description.Checkpoint.TreeSize, description.Checkpoint.RootHash),
            bundle.Streams.Select(stream => new RecordedStream(stream.StreamId, stream.Events[^1].Version, stream.Events[^1].Hash, stream.Events[^1].LeafIndex)).ToList(),
            bundle.Files.Where(file => !BundlePaths.NotRecorded.Contains(file.Key))
                .Select(file => new RecordedFile(file.Key, Sha256Manifest.Hex(file.Value)))
                .OrderBy(file => file.Path, StringComparer.Ordinal)
                .ToList());
    }
}
