namespace EvidenceLedger.Integrity.Logging;

/// <summary>An event of the complete log with its chain hashes; <paramref name="IsNew"/> when its chain row is still to be written.</summary>
internal readonly record struct ChainedEvent(long Position, Guid EventId, byte[]? PreviousHash, byte[] Hash, bool IsNew);
