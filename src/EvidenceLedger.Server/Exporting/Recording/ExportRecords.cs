using EvidenceLedger.EventStore.Reading;

namespace EvidenceLedger.Server.Exporting.Recording;

/// <summary>Reads an <see cref="ExportRecord"/> from its custody event.</summary>
public static class ExportRecords
{
    /// <summary>The record, or null when the event is not an export's.</summary>
    public static ExportRecord? From(StoredEvent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!ExportStreams.IsExport(stored.StreamId) || ExportStreams.Serializer.Deserialize(stored) is not IncidentExported exported) return null;
        return ExportRecord.Of(stored.EventId, exported, stored.Actor, stored.Reason, stored.Position);
    }
}
