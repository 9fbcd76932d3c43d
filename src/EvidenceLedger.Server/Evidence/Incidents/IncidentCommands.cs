using EvidenceLedger.Evidence.Claims.Assessing;
using EvidenceLedger.Evidence.Claims.Correcting;
using EvidenceLedger.Evidence.Claims.Dating;
using EvidenceLedger.Evidence.Claims.Retracting;
using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Incidents.Dating;
using EvidenceLedger.Evidence.Incidents.Describing;
using EvidenceLedger.Evidence.Incidents.Relocating;
using EvidenceLedger.Evidence.Texts;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Incidents.Deciding;
using EvidenceLedger.Server.Evidence.Replaying;
using Wolverine;
using Wolverine.Runtime;

namespace EvidenceLedger.Server.Evidence.Incidents;

/// <summary>
/// The application service for incidents and their claims (one stream per incident), as the HTTP endpoints, the pages
/// and the demo loader call it: each command goes to Wolverine's <see cref="DecideIncidentHandler"/>, which decides on
/// the stream as Marten fetches it for writing and appends at the version read — or refuses when the caller's expected
/// version (If-Match) is not the current one. Rejections append nothing.
/// </summary>
public sealed class IncidentCommands(IWolverineRuntime wolverine, IncidentDecisions decisions, EvidenceHistory history)
{
    /// <summary>
    /// Decides and appends <paramref name="command"/>, recording <paramref name="actor"/> (the authenticated user) as who did it.
    /// Commands carrying <c>RequestedAt</c> should be given the server clock's current instant.
    /// </summary>
    /// <param name="expectedVersion">The version the caller last saw (If-Match): a different current version gives
    /// <see cref="CommandOutcome.StaleVersion"/>. Null: decide on the version just read, and a concurrent append in between
    /// gives <see cref="CommandOutcome.ConcurrentChange"/>.</param>
    /// <param name="reason">The reason recorded with the append; null takes the command's own reason or rationale, if it has one.</param>
    public Task<CommandOutcome> HandleAsync(IIncidentCommand command, string actor, long? expectedVersion = null, string? reason = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var message = new DecideIncident(EvidenceStreams.Incident(command.IncidentId), command, actor, expectedVersion, reason ?? ReasonOf(command));
        return new MessageBus(wolverine).InvokeAsync<CommandOutcome>(message, ct);
    }

    /// <summary>What deciding <paramref name="command"/> now would refuse, appending nothing: lets a request with other faults name them all at once.</summary>
    public async Task<Rejection?> CheckAsync(IIncidentCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (state, _) = await LoadAsync(command.IncidentId, ct);
        return (await decisions.DecideAsync(command, state, ct)).Rejection;
    }

    /// <summary>Folds the incident's stream: its state and version (0 when it was never recorded).</summary>
    public Task<(IncidentState State, long Version)> LoadAsync(Guid incidentId, CancellationToken ct = default) =>
        history.IncidentStateAsync(incidentId, ReadLimit.None, ct);

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
}
