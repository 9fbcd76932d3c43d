namespace EvidenceLedger.Evidence.Deciding;

/// <summary>The outcome of deciding a command: either the events to append, or a rejection that appends nothing.</summary>
public sealed class Decision<TEvent>
{
    private Decision(IReadOnlyList<TEvent> events, Rejection? rejection)
    {
        Events = events;
        Rejection = rejection;
    }

    public IReadOnlyList<TEvent> Events { get; }

    public Rejection? Rejection { get; }

    public bool IsAccepted => Rejection is null;

    internal static Decision<TEvent> Accept(params TEvent[] events) => new(events, null);

    internal static Decision<TEvent> Reject(Rejection rejection) => new([], rejection);

    public static implicit operator Decision<TEvent>(Rejection rejection) => Reject(rejection);

    public override string ToString() =>
        Rejection is { } rejected ? $"Rejected {rejected}" : $"Accepted [{string.Join(", ", Events)}]";
}
