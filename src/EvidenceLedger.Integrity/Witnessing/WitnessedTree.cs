using EvidenceLedger.Integrity.Merkle;

namespace EvidenceLedger.Integrity.Witnessing;

/// <summary>What a witness remembers of a log: the size and root of the latest checkpoint it cosigned, and that signed note.</summary>
public sealed record WitnessedTree(string Origin, long TreeSize, byte[] RootHash, string SignedCheckpoint)
{
    /// <summary>The state of a log the witness never cosigned: the empty tree.</summary>
    public static WitnessedTree Empty(string origin) => new(origin, 0, MerkleHash.EmptyRoot(), "");
}
