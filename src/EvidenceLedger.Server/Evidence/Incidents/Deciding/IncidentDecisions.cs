using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Evidence.Claims.Assessing;
using EvidenceLedger.Evidence.Claims.Recording;
using EvidenceLedger.Evidence.Claims.Verifying;
using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Replaying;

namespace EvidenceLedger.Server.Evidence.Incidents.Deciding;

/// <summary>
/// The incident decider, told what it cannot see from its own stream: whether each source a command names is registered,
/// and which of a claim's supporting sources are marked as the same as another (an assessment as confirmed counts them once).
/// </summary>
public sealed class IncidentDecisions(LedgerEventStore store, EvidenceHistory history)
{
    public async Task<Decision<IIncidentEvent>> DecideAsync(IIncidentCommand command, IncidentState state, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var decision = IncidentDecider.Decide(await WithSameSourcesAsync(command, state, ct), state);
        if (decision.Rejection is not null) return decision;
        return await UnregisteredSourceAsync(command, ct) is { } unknownSource ? unknownSource : decision;
    }

    /// <summary>What deciding <paramref name="command"/> now would refuse, appending nothing: lets a request with other faults name them all at once.</summary>
    public async Task<Rejection?> CheckAsync(IIncidentCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (state, _) = await history.IncidentStateAsync(command.IncidentId, ReadLimit.None, ct);
        return (await DecideAsync(command, state, ct)).Rejection;
    }

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
}
