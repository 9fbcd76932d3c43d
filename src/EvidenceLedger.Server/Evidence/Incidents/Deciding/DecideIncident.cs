using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Incidents.Recording;
using EvidenceLedger.Server.Evidence.Common;
using JasperFx.Events;
using Marten;
using Wolverine.Marten;

namespace EvidenceLedger.Server.Evidence.Incidents.Deciding;

/// <summary>A command on one incident's stream (<paramref name="Id"/>, its key), for <paramref name="Actor"/>.</summary>
/// <param name="ExpectedVersion">The version the caller last saw (If-Match), or null to decide on the version read.</param>
/// <param name="Reason">Recorded with the events; null for none.</param>
public sealed record DecideIncident(string Id, IIncidentCommand Command, string Actor, long? ExpectedVersion, string? Reason);

/// <summary>
/// Wolverine's aggregate handler workflow over an incident stream: Marten fetches it for writing (its state and version),
/// the domain decides, and the events are appended at the version read, so a concurrent append in between fails the save.
/// The handler saves the session itself rather than leaving it to Wolverine's transactional middleware (which then finds
/// nothing left to save): its answer names the ledger positions the commit gave the events, and a lost race is an
/// answer (409 or 412), not an exception. Rejections append nothing.
/// </summary>
public static class DecideIncidentHandler
{
    public static async Task<CommandOutcome> Handle(DecideIncident message, [WriteAggregate(Required = false)] IEventStream<IncidentAggregate> stream,
        IDocumentSession session, IncidentDecisions decisions, LedgerEventStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(stream);
        var state = stream.Aggregate?.State ?? IncidentDecider.Initial;
        var version = stream.CurrentVersion ?? 0;

        // An unknown incident is a 404 whatever version the caller expected; a creation is checked like any change.
        if (message.ExpectedVersion is { } expected && expected != version && (state.Exists || message.Command is RecordIncident))
            return new CommandOutcome.StaleVersion(message.Id, expected, version);

        var decision = await decisions.DecideAsync(message.Command, state, ct);
        if (decision.Rejection is { } rejection) return new CommandOutcome.Rejected(rejection);

        var events = EvidenceEvents.ToAppend(decision.Events);
        await store.StageAsync(session, stream, events, new AppendMetadata(message.Actor, Guid.NewGuid(), Reason: message.Reason), ct);
        return await store.SaveAsync(session, message.Id, version, ct) is { } conflict
            ? CommandOutcome.LostRace(message.Id, message.ExpectedVersion, conflict)
            : new CommandOutcome.Accepted(message.Id, stream.Events[^1].Version, stream.Events[^1].Sequence);
    }
}
