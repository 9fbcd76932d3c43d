using EvidenceLedger.Integrity.Merkle;

namespace EvidenceLedger.Integrity.Logging;

/// <summary>
/// Which hashes of the tree the database holds: every leaf (ledger.merkle_leaves) and the complete subtrees over 16
/// leaves or more (ledger.merkle_nodes). A subtree in between is folded from its 2 to 8 stored leaves whenever a proof
/// or the integrator's frontier needs it. Those were fifteen in sixteen of the stored nodes and a fifth of the
/// integrator's work; a proof reads at most 14 more leaves for them.
/// </summary>
public static class StoredLevels
{
    /// <summary>The lowest level ledger.merkle_nodes holds.</summary>
    public const int Lowest = 4;

    public static bool IsStored(int level) => level == 0 || level >= Lowest;

    /// <summary>Adds to <paramref name="nodes"/> the subtrees among an append's <paramref name="created"/> (its leaf first,
    /// then the subtrees it completes) that ledger.merkle_nodes holds.</summary>
    public static void AddStoredNodes(IReadOnlyList<MerkleNode> created, List<MerkleNode> nodes)
    {
        for (var i = 1; i < created.Count; i++)
        {
            if (created[i].Level >= Lowest) nodes.Add(created[i]);
        }
    }
}
