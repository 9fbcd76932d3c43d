namespace EvidenceLedger.Integrity.Logging;

/// <summary>One leaf of the Merkle log: the event at <see cref="LeafIndex"/> in the complete order and SHA-256(0x00 ‖ its chain hash).</summary>
public sealed record MerkleLeaf(long LeafIndex, Guid EventId, long Position, byte[] LeafHash);
