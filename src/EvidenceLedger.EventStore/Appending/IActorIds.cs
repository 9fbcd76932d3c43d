namespace EvidenceLedger.EventStore.Appending;

/// <summary>
/// The id of the user an actor name stands for, recorded with every event appended on their behalf (the <c>userId</c>
/// header); null for an actor that is no user (an operator on the host, a benchmark).
/// </summary>
public interface IActorIds
{
    ValueTask<Guid?> IdOfAsync(string actor, CancellationToken ct);
}
