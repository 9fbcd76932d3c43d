namespace EvidenceLedger.Integrity.Logging;

/// <summary>An event of the complete log with its chain hashes, as its leaf row stores them.</summary>
internal readonly record struct ChainedEvent(long Position, Guid EventId, string StreamId, byte[]? PreviousHash, byte[] Hash);
