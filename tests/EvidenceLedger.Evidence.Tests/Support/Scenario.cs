using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Sources;

namespace EvidenceLedger.Evidence.Tests.Support;

/// <summary>Given past events, when a command is decided, then these events (or this rejection).</summary>
internal sealed class Scenario<TCommand, TEvent, TState>(Func<TCommand, TState, Decision<TEvent>> decide, Func<IEnumerable<TEvent>, TState> fold, TEvent[] given)
{
    public Outcome<TEvent> When(TCommand command) => new(decide(command, fold(given)));
}

internal sealed class Outcome<TEvent>(Decision<TEvent> decision)
{
    public Decision<TEvent> Decision => decision;

    public void Then(params TEvent[] expected)
    {
        Assert.True(decision.IsAccepted, $"Expected the command to be accepted, but it was rejected: {decision.Rejection}");
        Assert.Equal(expected, decision.Events);
    }

    public Rejection ThenRejected(RejectionKind kind, string field)
    {
        Assert.False(decision.IsAccepted, $"Expected a rejection, but the command was accepted: {decision}");
        Assert.Empty(decision.Events);
        var rejection = decision.Rejection!;
        Assert.Equal((kind, field), (rejection.Kind, rejection.Field));
        Assert.False(string.IsNullOrWhiteSpace(rejection.Reason));
        return rejection;
    }

    public Rejection ThenInvalid(string field) => ThenRejected(RejectionKind.Invalid, field);
}

internal static class Incident
{
    public static Scenario<IIncidentCommand, IIncidentEvent, IncidentState> Given(params IIncidentEvent[] history) =>
        new(IncidentDecider.Decide, IncidentDecider.Fold, history);
}

internal static class Source
{
    public static Scenario<ISourceCommand, ISourceEvent, SourceState> Given(params ISourceEvent[] history) =>
        new(SourceDecider.Decide, SourceDecider.Fold, history);
}
