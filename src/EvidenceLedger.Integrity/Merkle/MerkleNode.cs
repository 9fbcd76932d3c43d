namespace EvidenceLedger.Integrity.Merkle;

/// <summary>A complete-subtree hash to persist, addressed as described on <see cref="MerkleNodeId"/>.</summary>
public sealed record MerkleNode(int Level, long Index, byte[] Hash)
{
    public MerkleNodeId Id => new(Level, Index);
}
