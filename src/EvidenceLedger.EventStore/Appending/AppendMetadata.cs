namespace EvidenceLedger.EventStore.Appending;

/// <summary>Who did it and why, shared by every event of one append. The instant comes from the store's clock.</summary>
/// <param name="ActorId">The id of the user <paramref name="Actor"/> names, when the actor is a user; null lets the store's
/// <see cref="IActorIds"/> find it.</param>
public sealed record AppendMetadata(string Actor, Guid CorrelationId, Guid? CausationId = null, string? Reason = null, Guid? ActorId = null);
