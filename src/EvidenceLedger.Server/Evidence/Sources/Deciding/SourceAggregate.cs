using EvidenceLedger.Evidence.Sources;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace EvidenceLedger.Server.Evidence.Sources.Deciding;

/// <summary>A source as Marten aggregates its stream for a decision: the domain's own state, under the stream's key.</summary>
public sealed class SourceAggregate
{
    public string Id { get; set; } = string.Empty;

    public SourceState State { get; set; } = SourceDecider.Initial;
}

/// <summary>
/// Marten's live aggregation of a source stream, folding each event with the domain's own <see cref="SourceDecider.Evolve"/>
/// (the domain project stays free of Marten; its source generator sees only this project).
/// </summary>
public sealed partial class SourceAggregation : SingleStreamProjection<SourceAggregate, string>
{
    public override SourceAggregate? Evolve(SourceAggregate? snapshot, string id, IEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Data is not ISourceEvent evidence) return snapshot;
        snapshot ??= new SourceAggregate { Id = id };
        snapshot.State = SourceDecider.Evolve(snapshot.State, evidence);
        return snapshot;
    }
}
