using EvidenceLedger.Evidence.Envelopes;
using EvidenceLedger.Evidence.Sources.Aliasing;
using EvidenceLedger.Evidence.Sources.Identifying;
using EvidenceLedger.Evidence.Sources.ProtectingIdentity;
using EvidenceLedger.Evidence.Sources.Registering;
using EvidenceLedger.Evidence.Sources.Regrading;
using EvidenceLedger.Evidence.Sources.ShreddingIdentity;

namespace EvidenceLedger.Evidence.Sources.Viewing;

/// <summary>Builds <see cref="SourceView"/> from a source's events and their envelopes; replaying the first N events gives the view at version N.</summary>
public static class SourceViewBuilder
{
    public static SourceView? Build(IEnumerable<(ISourceEvent Event, EventEnvelopeInfo Envelope)> history) =>
        history.Aggregate((SourceView?)null, (view, recorded) => Apply(view, recorded.Event, recorded.Envelope));

    public static SourceView Apply(SourceView? view, ISourceEvent @event, EventEnvelopeInfo envelope)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ArgumentNullException.ThrowIfNull(envelope);

        if (@event is SourceRegistered registered)
        {
            return view is null
                ? new SourceView(
                    registered.SourceId,
                    registered.Name,
                    registered.Kind,
                    registered.Reliability,
                    [],
                    IdentityStatus.None,
                    [new ReliabilityGrading(registered.Reliability, null, envelope.Actor, envelope.RecordedAt, envelope.Version)],
                    envelope.Actor,
                    envelope.RecordedAt,
                    envelope.RecordedAt,
                    envelope.Version)
                : throw new InvalidOperationException($"Source {view.SourceId} was registered twice.");
        }
        if (view is null)
            throw new InvalidOperationException($"{@event.GetType().Name} came before the source was registered.");
        if (envelope.Version <= view.Version)
            throw new InvalidOperationException($"Events must be applied in stream order: version {envelope.Version} came after {view.Version}.");

        var changed = @event switch
        {
            SourceReliabilityRegraded regraded => view with
            {
                Reliability = regraded.Reliability,
                Gradings = view.Gradings.Add(new ReliabilityGrading(regraded.Reliability, regraded.Rationale, envelope.Actor, envelope.RecordedAt, envelope.Version)),
            },
            SourceAliasAdded aliasAdded => view with { Aliases = view.Aliases.Add(aliasAdded.Alias) },
            ProtectedIdentityAttached => view with { IdentityStatus = IdentityStatus.Protected },
            SourceIdentityShredded => view with { IdentityStatus = IdentityStatus.Shredded },
            SourceIdentifiedAsSame same => view with { SameAsSourceId = same.SameAsSourceId },
            _ => throw new ArgumentException($"Unknown source event {@event.GetType().Name}.", nameof(@event)),
        };
        return changed with { Version = envelope.Version, LastChangedAt = envelope.RecordedAt };
    }
}
