using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Reading;

namespace EvidenceLedger.Server.Exporting.Recording;

/// <summary>Records an export in the ledger itself, so the custody chain includes every copy that left it.</summary>
public sealed class ExportRecorder(LedgerEventStore store)
{
    /// <summary>Appends <paramref name="exported"/> and reads it back as stored, hash and all, for the bundle to carry.</summary>
    public async Task<StoredEvent> RecordAsync(IncidentExported exported, string actor, string? reason, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(exported);
        var @event = ExportStreams.Serializer.ToAppend(exported, Guid.CreateVersion7());
        var streamId = ExportStreams.For(exported.IncidentId);
        // Exports of one incident never conflict with each other: each is a fact of its own, whatever came before.
        var appended = await store.AppendAsync(streamId, ExpectedVersion.Any, [@event], new AppendMetadata(actor, Guid.NewGuid(), Reason: reason), ct);
        var version = appended.Events[0].Version;
        await foreach (var stored in store.ReadStreamAsync(streamId, ReadLimit.ToVersion(version), ct))
        {
            if (stored.Version == version) return stored;
        }
        throw new InvalidOperationException($"Version {version} of {streamId} was appended but cannot be read back.");
    }

    /// <summary>Appends the seal of the export <paramref name="exported"/>: the finished zip's SHA-256 and size.</summary>
    public async Task<ExportRecord> SealAsync(StoredEvent exported, byte[] bundle, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(exported);
        ArgumentNullException.ThrowIfNull(bundle);
        var recorded = ExportStreams.Serializer.Deserialize<IncidentExported>(exported);
        var seal = new IncidentExportSealed(exported.EventId, Bundle.Sha256Manifest.Hex(bundle), bundle.LongLength);
        await store.AppendAsync(exported.StreamId, ExpectedVersion.Any, [ExportStreams.Serializer.ToAppend(seal, Guid.CreateVersion7())],
            new AppendMetadata(exported.Actor, exported.CorrelationId, exported.EventId, exported.Reason), ct);
        return ExportListing.Recorded(exported.EventId, recorded, exported.Actor, exported.Reason).Sealed(seal).Record(exported.Position);
    }
}
