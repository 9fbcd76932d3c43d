using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Sources.Aliasing;
using EvidenceLedger.Evidence.Sources.Identifying;
using EvidenceLedger.Evidence.Sources.ProtectingIdentity;
using EvidenceLedger.Evidence.Sources.Registering;
using EvidenceLedger.Evidence.Sources.Regrading;
using EvidenceLedger.Evidence.Sources.ShreddingIdentity;

namespace EvidenceLedger.Evidence.Sources;

/// <summary>The pure decision logic of a source's stream: fold its events with <see cref="Evolve"/>, then <see cref="Decide"/>.</summary>
public static class SourceDecider
{
    /// <summary>The refusal of any command on a source nobody has registered.</summary>
    public static Rejection NotFound { get; } = Rejection.NotFound("sourceId", "No source with this id has been registered.");

    public static SourceState Initial => SourceState.None;

    public static Decision<ISourceEvent> Decide(ISourceCommand command, SourceState state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        if (state.Exists && state.SourceId != command.SourceId)
            throw new ArgumentException($"Command for source {command.SourceId} was given the state of source {state.SourceId}.", nameof(state));

        return command switch
        {
            RegisterSource register => register.Decide(state),
            RegradeSourceReliability regrade => regrade.Decide(state),
            AddSourceAlias addAlias => addAlias.Decide(state),
            AttachProtectedIdentity attach => attach.Decide(state),
            ShredSourceIdentity shred => shred.Decide(state),
            IdentifySourceAsSame same => same.Decide(state),
            _ => throw new ArgumentException($"Unknown source command {command.GetType().Name}.", nameof(command)),
        };
    }

    public static SourceState Evolve(SourceState state, ISourceEvent @event)
    {
        ArgumentNullException.ThrowIfNull(state);
        return @event switch
        {
            SourceRegistered registered => state with
            {
                SourceId = registered.SourceId,
                Name = registered.Name,
                Kind = registered.Kind,
                Reliability = registered.Reliability,
            },
            SourceReliabilityRegraded regraded => state with { Reliability = regraded.Reliability },
            SourceAliasAdded aliasAdded => state with { Aliases = state.Aliases.Add(aliasAdded.Alias) },
            ProtectedIdentityAttached attached => state with { Identity = new ProtectedIdentity(attached.KeyId, attached.Ciphertext) },
            SourceIdentityShredded => state with { Identity = null, IdentityShredded = true },
            SourceIdentifiedAsSame same => state with { SameAsSourceId = same.SameAsSourceId },
            _ => throw new ArgumentException($"Unknown source event {@event?.GetType().Name}.", nameof(@event)),
        };
    }

    public static SourceState Fold(IEnumerable<ISourceEvent> events) => events.Aggregate(Initial, Evolve);
}
