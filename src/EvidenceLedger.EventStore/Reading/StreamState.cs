using NodaTime;

namespace EvidenceLedger.EventStore.Reading;

public sealed record StreamState(string StreamId, long Version, byte[]? LastHash, Instant CreatedAt, Instant UpdatedAt);
