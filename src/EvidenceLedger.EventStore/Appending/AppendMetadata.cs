namespace EvidenceLedger.EventStore.Appending;

/// <summary>Who did it and why, shared by every event of one append. The instant comes from the store's clock.</summary>
public sealed record AppendMetadata(string Actor, Guid CorrelationId, Guid? CausationId = null, string? Reason = null);
