using EvidenceLedger.Evidence.Incidents;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace EvidenceLedger.Server.Evidence.Incidents.Deciding;

/// <summary>An incident as Marten aggregates its stream for a decision: the domain's own state, under the stream's key.</summary>
public sealed class IncidentAggregate
{
    public string Id { get; set; } = string.Empty;

    public IncidentState State { get; set; } = IncidentDecider.Initial;
}

/// <summary>
/// Marten's live aggregation of an incident stream, folding each event with the domain's own <see cref="IncidentDecider.Evolve"/>
/// (the domain project stays free of Marten; its source generator sees only this project).
/// </summary>
public sealed partial class IncidentAggregation : SingleStreamProjection<IncidentAggregate, string>
{
    public override IncidentAggregate? Evolve(IncidentAggregate? snapshot, string id, IEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Data is not IIncidentEvent evidence) return snapshot;
        snapshot ??= new IncidentAggregate { Id = id };
        snapshot.State = IncidentDecider.Evolve(snapshot.State, evidence);
        return snapshot;
    }
}
