using NodaTime;

namespace EvidenceLedger.EventStore.Reading;

public sealed record StreamState(string StreamId, long Version, Instant CreatedAt, Instant UpdatedAt);
