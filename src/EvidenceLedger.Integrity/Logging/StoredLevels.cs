namespace EvidenceLedger.Integrity.Logging;

/// <summary>
/// Which complete subtrees ledger.merkle_nodes holds: those over 16 leaves or more. A lower one is folded from its 2 to 8
/// stored leaves whenever a proof or the integrator's frontier needs it. They were fifteen in sixteen of the stored
/// nodes and a fifth of the integrator's work; a proof reads at most 14 more leaves for them.
/// </summary>
public static class StoredLevels
{
    public const int Lowest = 4;

    public static bool IsStored(int level) => level >= Lowest;
}
