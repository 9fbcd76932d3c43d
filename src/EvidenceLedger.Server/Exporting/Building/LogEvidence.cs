using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Integrity.Logging;

namespace EvidenceLedger.Server.Exporting.Building;

/// <summary>One signed checkpoint and, for each exported event, its leaf's RFC 9162 inclusion proof in that checkpoint's tree.</summary>
public sealed record LogEvidence(StoredCheckpoint Stored, Checkpoint Checkpoint, IReadOnlyDictionary<Guid, LeafProof> Proofs);

/// <param name="Hashes">Nearest the leaf first.</param>
public sealed record LeafProof(long LeafIndex, IReadOnlyList<byte[]> Hashes);
