namespace EvidenceLedger.Integrity.Merkle;

/// <summary>
/// Address of a complete (perfect) subtree: level 0 holds leaf hashes, and node (level, index) covers leaves
/// [index·2^level, (index+1)·2^level). Such a node never changes once the tree has grown past its last leaf,
/// which is what makes it safe to store.
/// </summary>
public readonly record struct MerkleNodeId(int Level, long Index);
