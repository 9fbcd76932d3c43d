using EvidenceLedger.EventStore;
using EvidenceLedger.Evidence.Claims.Assessing;
using EvidenceLedger.Evidence.Claims.Correcting;
using EvidenceLedger.Evidence.Claims.Dating;
using EvidenceLedger.Evidence.Claims.Retracting;
using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Incidents.Dating;
using EvidenceLedger.Evidence.Incidents.Describing;
using EvidenceLedger.Evidence.Incidents.Recording;
using EvidenceLedger.Evidence.Incidents.Relocating;
using EvidenceLedger.Evidence.Texts;
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
    /// The message deciding <paramref name="command"/> on its incident's stream for <paramref name="actor"/> (the
    /// authenticated user). Commands carrying <c>RequestedAt</c> should be given the server clock's current instant.
    /// </summary>
    /// <param name="expectedVersion">The version the caller last saw (If-Match): a different current version gives
    /// <see cref="CommandOutcome.StaleVersion"/>. Null: decide on the version just read, and a concurrent append in between
    /// gives <see cref="CommandOutcome.ConcurrentChange"/>.</param>
    /// <param name="reason">The reason recorded with the append; null takes the command's own reason or rationale, if it has one.</param>
    public static DecideIncident For(IIncidentCommand command, string actor, long? expectedVersion = null, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return new(EvidenceStreams.Incident(command.IncidentId), command, actor, expectedVersion, reason ?? ReasonOf(command));
    }

    private static string? ReasonOf(IIncidentCommand command) => command switch
    {
        CorrectClaim correct => FreeText.CleanOrNull(correct.Reason),
        ReviseClaimOccurrence redateClaim => FreeText.CleanOrNull(redateClaim.Reason),
        RetractClaim retract => FreeText.CleanOrNull(retract.Reason),
        AssessClaim assess => FreeText.CleanOrNull(assess.Rationale),
        ReviseIncidentDescription revise => FreeText.CleanOrNull(revise.Reason),
        ReviseIncidentOccurrence redate => FreeText.CleanOrNull(redate.Reason),
        RelocateIncident relocate => FreeText.CleanOrNull(relocate.Reason),
        _ => null,
    };

    /// <summary>
    /// The stream and the command's kind only: Wolverine logs a failed message by this, and the command holds what
    /// documentation staff wrote (and the reason), which logs must not.
    /// </summary>
    public override string ToString() => $"DecideIncident {{ {Id}: {Command.GetType().Name} }}";
}

/// <summary>
/// Wolverine's aggregate handler workflow over an incident stream: Marten fetches it for writing (its state and version),
/// the domain decides, and the events are appended at the version read, so a concurrent append in between fails the save
/// (<see cref="DecidedAppend"/>). Rejections append nothing. Endpoints, pages and the demo loader invoke it through
/// Wolverine's message bus: <c>bus.InvokeAsync&lt;CommandOutcome&gt;(DecideIncident.For(command, actor, expectedVersion))</c>.
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
