using EvidenceLedger.EventStore;
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
public sealed record DecideIncident(string Id, IIncidentCommand Command, string Actor, long? ExpectedVersion, string? Reason)
{
    /// <summary>
    /// The stream and the command's kind only: Wolverine logs a failed message by this, and the command holds what
    /// documentation staff wrote (and the reason), which logs must not.
    /// </summary>
    public override string ToString() => $"DecideIncident {{ {Id}: {Command.GetType().Name} }}";
}

/// <summary>
/// Wolverine's aggregate handler workflow over an incident stream: Marten fetches it for writing (its state and version),
/// the domain decides, and the events are appended at the version read, so a concurrent append in between fails the save
/// (<see cref="DecidedAppend"/>). Rejections append nothing.
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

        return await DecidedAppend.SaveAsync(store, session, stream, EvidenceEvents.ToAppend(decision.Events), message.Actor, message.Reason,
            message.ExpectedVersion, ct);
    }
}
