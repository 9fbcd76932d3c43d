namespace EvidenceLedger.Integrity.Merkle;

/// <summary>
/// Roots, inclusion proofs and consistency proofs for any tree size, assembled from stored complete subtrees
/// with a single <see cref="IMerkleNodeStore.GetManyAsync"/> call of O(log n) nodes. Proof hashes are in
/// RFC 9162 order (§2.1.3.1 PATH and §2.1.4.1 PROOF: nearest the leaf / old tree first).
/// </summary>
public static class MerkleProofs
{
    /// <summary>MTH(D[0:treeSize]); the empty-tree hash for size 0.</summary>
    public static async ValueTask<byte[]> RootAsync(IMerkleNodeStore store, long treeSize, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(treeSize);
        if (treeSize == 0)
        {
            return MerkleHash.EmptyRoot();
        }

        var hashes = await ResolveAsync(store, [new SubtreeRange(0, treeSize)], ct);
        return hashes[0];
    }

    /// <summary>PATH(leafIndex, D[0:treeSize]) of RFC 9162 §2.1.3.1.</summary>
    public static ValueTask<IReadOnlyList<byte[]>> InclusionProofAsync(IMerkleNodeStore store, long leafIndex, long treeSize, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(leafIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(leafIndex, treeSize);
        return ResolveAsync(store, InclusionRanges(leafIndex, treeSize), ct);
    }

    /// <summary>
    /// PROOF(oldSize, D[0:newSize]) of RFC 9162 §2.1.4.1. Empty when <paramref name="oldSize"/> is 0 or equals
    /// <paramref name="newSize"/>, where there is nothing to prove.
    /// </summary>
    public static ValueTask<IReadOnlyList<byte[]>> ConsistencyProofAsync(IMerkleNodeStore store, long oldSize, long newSize, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(oldSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(oldSize, newSize);
        return ResolveAsync(store, ConsistencyRanges(oldSize, newSize), ct);
    }

    internal static List<SubtreeRange> InclusionRanges(long leafIndex, long treeSize)
    {
        var siblings = new List<SubtreeRange>();
        var (start, end) = (0L, treeSize);
        while (end - start > 1)
        {
            var split = start + SubtreeRange.SplitPoint(end - start);
            if (leafIndex < split)
            {
                siblings.Add(new SubtreeRange(split, end));
                end = split;
            }
            else
            {
                siblings.Add(new SubtreeRange(start, split));
                start = split;
            }
        }

        siblings.Reverse();
        return siblings;
    }

    internal static List<SubtreeRange> ConsistencyRanges(long oldSize, long newSize)
    {
        var ranges = new List<SubtreeRange>();
        if (oldSize == 0 || oldSize == newSize)
        {
            return ranges;
        }

        var (start, end) = (0L, newSize);
        var oldTreeIsWholeSubtree = true;
        while (oldSize != end)
        {
            var split = start + SubtreeRange.SplitPoint(end - start);
            if (oldSize <= split)
            {
                ranges.Add(new SubtreeRange(split, end));
                end = split;
            }
            else
            {
                ranges.Add(new SubtreeRange(start, split));
                start = split;
                oldTreeIsWholeSubtree = false;
            }
        }

        // SUBPROOF(m, D[m], false): the verifier cannot know this subtree's hash, unlike the old root itself.
        if (!oldTreeIsWholeSubtree)
        {
            ranges.Add(new SubtreeRange(start, end));
        }

        ranges.Reverse();
        return ranges;
    }

    private static async ValueTask<IReadOnlyList<byte[]>> ResolveAsync(IMerkleNodeStore store, List<SubtreeRange> ranges, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (ranges.Count == 0)
        {
            return [];
        }

        var perRange = ranges.Select(r => r.StoredNodes()).ToList();
        List<MerkleNodeId> ids = [.. perRange.SelectMany(nodes => nodes)];
        var hashes = await store.GetManyAsync(ids, ct);
        if (hashes.Count != ids.Count || hashes.Any(h => h is not { Length: MerkleHash.Size }))
        {
            throw new InvalidOperationException($"The node store answered {hashes.Count} hashes for {ids.Count} requested nodes, or a hash of the wrong length.");
        }

        var result = new byte[ranges.Count][];
        var offset = 0;
        for (var i = 0; i < ranges.Count; i++)
        {
            result[i] = SubtreeRange.Fold(hashes, offset, perRange[i].Count);
            offset += perRange[i].Count;
        }

        return result;
    }
}
