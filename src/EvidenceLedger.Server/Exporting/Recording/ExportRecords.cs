using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.EventStore.Time;

namespace EvidenceLedger.Server.Exporting.Recording;

/// <summary>Reads an <see cref="ExportRecord"/> from its custody event.</summary>
public static class ExportRecords
{
    /// <summary>The record, or null when the event is not an export's.</summary>
    public static ExportRecord? From(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!ExportStreams.IsExport(stored.StreamId) || ExportStreams.Serializer.Deserialize(stored) is not IncidentExported exported) return null;
        return new ExportRecord(stored.EventId, exported.IncidentId, stored.Actor, LedgerInstant.Pattern.Parse(exported.ExportedAt).Value, stored.Reason,
            exported.FileName, exported.BundleSha256, exported.BundleBytes, exported.IncidentVersion, exported.EventCount, exported.CheckpointTreeSize,
            stored.Position);
    }
}
