using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Server.Demo;

namespace EvidenceLedger.Server.Tests.Demo;

/// <summary>Runs demo steps through the real deciders, one stream per incident and per source, as the server would.</summary>
internal sealed class DemoFold
{
    public Dictionary<Guid, IncidentState> Incidents { get; } = [];

    public Dictionary<Guid, SourceState> Sources { get; } = [];

    /// <summary>The rejection of the step, or null when it was accepted and folded in.</summary>
    public Rejection? Apply(DemoStep step) => step.Command switch
    {
        ISourceCommand command => ApplySource(command),
        IIncidentCommand command => ApplyIncident(command),
        _ => throw new ArgumentException($"{step.Command.GetType().Name} is neither an incident nor a source command.", nameof(step)),
    };

    private Rejection? ApplySource(ISourceCommand command)
    {
        var state = Sources.GetValueOrDefault(command.SourceId, SourceDecider.Initial);
        var decision = SourceDecider.Decide(command, state);
        if (decision.IsAccepted)
            Sources[command.SourceId] = decision.Events.Aggregate(state, SourceDecider.Evolve);
        return decision.Rejection;
    }

    private Rejection? ApplyIncident(IIncidentCommand command)
    {
        var state = Incidents.GetValueOrDefault(command.IncidentId, IncidentDecider.Initial);
        var decision = IncidentDecider.Decide(command, state);
        if (decision.IsAccepted)
            Incidents[command.IncidentId] = decision.Events.Aggregate(state, IncidentDecider.Evolve);
        return decision.Rejection;
    }
}
