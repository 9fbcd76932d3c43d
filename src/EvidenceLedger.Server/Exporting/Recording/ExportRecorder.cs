using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Appending;

namespace EvidenceLedger.Server.Exporting.Recording;

/// <summary>Records an export in the ledger itself, so the custody chain includes every copy that left it.</summary>
public sealed class ExportRecorder(LedgerEventStore store)
{
    public async Task<ExportRecord> RecordAsync(IncidentExported exported, string actor, string? reason, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(exported);
        var @event = ExportStreams.Serializer.ToAppend(exported, Guid.CreateVersion7());
        // Exports of one incident never conflict with each other: each is a fact of its own, whatever came before.
        var appended = await store.AppendAsync(ExportStreams.For(exported.IncidentId), ExpectedVersion.Any, [@event],
            new AppendMetadata(actor, Guid.NewGuid(), Reason: reason), ct);
        return ExportRecord.Of(@event.EventId, exported, actor, reason, appended.LastPosition);
    }
}
