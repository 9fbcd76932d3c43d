using NodaTime;

namespace EvidenceLedger.Integrity.Logging;

/// <summary>A signed checkpoint as kept in ledger.checkpoints: <see cref="Note"/> is the C2SP signed note, byte for byte as signed.</summary>
public sealed record StoredCheckpoint(long TreeSize, byte[] RootHash, string Note, Instant SignedAt);
