using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Appending;
using JasperFx.Events;
using Marten;

namespace EvidenceLedger.Server.Evidence.Common;

/// <summary>
/// The end of every evidence handler: what it decided, appended to the stream it fetched for writing at the version it
/// read, and saved. A handler saves its session itself rather than leaving it to Wolverine's transactional middleware
/// (which then finds nothing left to save), because its answer names the ledger positions the commit gave the events,
/// and a lost race is an answer (409, or 412 for a caller who sent If-Match), not an exception.
/// </summary>
public static class DecidedAppend
{
    public static async Task<CommandOutcome> SaveAsync<TAggregate>(LedgerEventStore store, IDocumentSession session, IEventStream<TAggregate> stream,
        IReadOnlyList<EventToAppend> events, string actor, string? reason, long? expectedVersion, CancellationToken ct)
        where TAggregate : notnull
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(stream);
        var streamId = stream.Key ?? throw new ArgumentException("The ledger's streams are keyed by strings.", nameof(stream));
        var readVersion = stream.CurrentVersion ?? 0;
        await store.StageAsync(session, stream, events, new AppendMetadata(actor, Guid.NewGuid(), Reason: reason), ct);
        return await store.SaveAsync(session, streamId, readVersion, ct) is { } conflict
            ? CommandOutcome.LostRace(streamId, expectedVersion, conflict)
            : new CommandOutcome.Accepted(streamId, stream.Events[^1].Version, stream.Events[^1].Sequence);
    }
}
