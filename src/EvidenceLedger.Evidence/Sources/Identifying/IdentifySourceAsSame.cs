using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Texts;

namespace EvidenceLedger.Evidence.Sources.Identifying;

/// <summary>
/// Marks the source as the same as another (registered twice, under two names). The other one stays the source both are
/// read as, so marks never chain: the other must not itself be marked, and no source may already be marked as this one.
/// </summary>
/// <param name="SameAsSourceId">The source it is the same as (the one that stays).</param>
public sealed record IdentifySourceAsSame(Guid SourceId, Guid SameAsSourceId, string Reason) : ISourceCommand
{
    /// <summary>The state of <see cref="SameAsSourceId"/>, as the caller read it.</summary>
    public SourceState Target { get; init; } = SourceState.None;

    /// <summary>Whether any source is already marked as the same as this one.</summary>
    public bool OthersAreMarkedAsIt { get; init; }

    internal Decision<ISourceEvent> Decide(SourceState state)
    {
        if (!state.Exists)
            return SourceDecider.NotFound;

        var problems = Require.FirstOf(
            Require.Id(SameAsSourceId, "sourceId", "The id of the source it is the same as"),
            SameAsSourceId == SourceId ? Rejection.Invalid("sourceId", "A source cannot be marked as the same as itself.") : null,
            Require.Text(Reason, "reason", "A reason", TextLimits.Reason));
        if (problems is not null)
            return problems;
        if (Target.SourceId != SameAsSourceId)
            return Rejection.Invalid("sourceId", $"No source with id '{SameAsSourceId}' has been registered.");
        if (state.SameAsSourceId is { } already)
            return Rejection.Conflict("sourceId", $"This source is already marked as the same as {already}.");
        if (Target.SameAsSourceId is { } further)
            return Rejection.Conflict("sourceId", $"'{Target.Name}' is itself marked as the same as {further}: mark this source as the same as that one instead.");
        if (OthersAreMarkedAsIt)
            return Rejection.Conflict("sourceId", "Other sources are already marked as the same as this one, so it must stay: mark the other source as the same as this one instead.");

        return Decision<ISourceEvent>.Accept(new SourceIdentifiedAsSame(SourceId, SameAsSourceId, FreeText.Clean(Reason)));
    }
}
