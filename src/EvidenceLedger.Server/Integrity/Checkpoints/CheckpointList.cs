using NodaTime;

namespace EvidenceLedger.Server.Integrity.Checkpoints;

public sealed record CheckpointList(IReadOnlyList<CheckpointListItem> Checkpoints);

public sealed record CheckpointListItem(long TreeSize, byte[] RootHash, Instant SignedAt, string Note);
