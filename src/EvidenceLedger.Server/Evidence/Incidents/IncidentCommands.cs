using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.Evidence.Claims.Assessing;
using EvidenceLedger.Evidence.Claims.Correcting;
using EvidenceLedger.Evidence.Claims.Dating;
using EvidenceLedger.Evidence.Claims.Recording;
using EvidenceLedger.Evidence.Claims.Retracting;
using EvidenceLedger.Evidence.Claims.Verifying;
using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Incidents.Dating;
using EvidenceLedger.Evidence.Incidents.Describing;
using EvidenceLedger.Evidence.Incidents.Recording;
using EvidenceLedger.Evidence.Incidents.Relocating;
using EvidenceLedger.Evidence.Texts;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Replaying;

namespace EvidenceLedger.Server.Evidence.Incidents;

/// <summary>
/// The application service for incidents and their claims (one stream per incident): load the stream, fold its state,
/// decide, check that every source the command names is registered (the incident decider cannot see other streams),
/// then append at the version read — or at the caller's expected version (If-Match). Rejections append nothing.
/// </summary>
public sealed class IncidentCommands(LedgerEventStore store, EvidenceHistory history)
{
    /// <summary>
    /// Decides and appends <paramref name="command"/>, recording <paramref name="actor"/> (the authenticated user) as who did it.
    /// Commands carrying <c>RequestedAt</c> should be given the server clock's current instant.
    /// </summary>
    /// <param name="expectedVersion">The version the caller last saw (If-Match): a different current version gives
    /// <see cref="CommandOutcome.StaleVersion"/>. Null: decide on the version just read, and a concurrent append in between
    /// gives <see cref="CommandOutcome.ConcurrentChange"/>.</param>
    /// <param name="reason">The reason recorded with the append; null takes the command's own reason or rationale, if it has one.</param>
    public async Task<CommandOutcome> HandleAsync(IIncidentCommand command, string actor, long? expectedVersion = null, string? reason = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var streamId = EvidenceStreams.Incident(command.IncidentId);
        var (state, version) = await LoadAsync(command.IncidentId, ct);

        // An unknown incident is a 404 whatever version the caller expected; a creation is checked like any change.
        if (expectedVersion is { } expected && expected != version && (state.Exists || command is RecordIncident))
            return new CommandOutcome.StaleVersion(streamId, expected, version);

        var decision = IncidentDecider.Decide(await WithSameSourcesAsync(command, state, ct), state);
        if (decision.Rejection is { } rejection) return new CommandOutcome.Rejected(rejection);
        if (await UnregisteredSourceAsync(command, ct) is { } unknownSource) return new CommandOutcome.Rejected(unknownSource);

        var events = EvidenceEvents.ToAppend(decision.Events);
        var metadata = new AppendMetadata(actor, Guid.NewGuid(), Reason: reason ?? ReasonOf(command));
        try
        {
            var appended = await store.AppendAsync(streamId, version == 0 ? ExpectedVersion.NoStream : ExpectedVersion.Exactly(version), events, metadata, ct);
            return new CommandOutcome.Accepted(streamId, appended.NextExpectedVersion, appended.LastPosition);
        }
        catch (ConcurrencyException conflict)
        {
            return CommandOutcome.LostRace(streamId, expectedVersion, conflict);
        }
    }

    /// <summary>What deciding <paramref name="command"/> now would refuse, appending nothing: lets a request with other faults name them all at once.</summary>
    public async Task<Rejection?> CheckAsync(IIncidentCommand command, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (state, _) = await LoadAsync(command.IncidentId, ct);
        return IncidentDecider.Decide(await WithSameSourcesAsync(command, state, ct), state).Rejection ?? await UnregisteredSourceAsync(command, ct);
    }

    /// <summary>Folds the incident's stream: its state and version (0 when it was never recorded).</summary>
    public Task<(IncidentState State, long Version)> LoadAsync(Guid incidentId, CancellationToken ct = default) =>
        history.IncidentStateAsync(incidentId, ReadLimit.None, ct);

    /// <summary>An assessment as confirmed, told which of the claim's supporting sources are marked as the same as another.</summary>
    private async Task<IIncidentCommand> WithSameSourcesAsync(IIncidentCommand command, IncidentState state, CancellationToken ct)
    {
        if (command is not AssessClaim { Credibility: InformationCredibility.ConfirmedByOtherSources } assess
            || !state.Claims.TryGetValue(assess.ClaimId, out var claim))
            return command;
        var readAs = new Dictionary<Guid, Guid>();
        foreach (var sourceId in claim.SupportingSourceIds)
        {
            var (source, _) = await history.SourceStateAsync(sourceId, ReadLimit.None, ct);
            if (source.SameAsSourceId is { } same) readAs[sourceId] = same;
        }
        return assess with { ReadAs = readAs };
    }

    private async Task<Rejection?> UnregisteredSourceAsync(IIncidentCommand command, CancellationToken ct)
    {
        var sourceId = command switch
        {
            RecordClaim claim => claim.SourceId,
            RecordVerificationStep step => step.SourceId,
            _ => null,
        };
        if (sourceId is not { } id) return null;
        return await store.FetchStreamStateAsync(EvidenceStreams.Source(id), ct) is null
            ? Rejection.Invalid("sourceId", $"No source with id '{id}' has been registered.")
            : null;
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
}
