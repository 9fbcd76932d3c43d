namespace EvidenceLedger.Integrity.Merkle;

/// <summary>
/// Roots, inclusion proofs and consistency proofs for any tree size, assembled from stored complete subtrees
/// with a single <see cref="IMerkleNodeStore.GetManyAsync"/> call of O(log n) nodes per proof, however many proofs
/// (and roots) are asked for together. Proof hashes are in RFC 9162 order (§2.1.3.1 PATH and §2.1.4.1 PROOF:
/// nearest the leaf / old tree first).
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
    /// PATH(leafIndex, D[0:treeSize]) of every one of <paramref name="leafIndexes"/>, in their order, from one
    /// <see cref="IMerkleNodeStore.GetManyAsync"/> call that asks for each node they share once.
    /// </summary>
    public static ValueTask<IReadOnlyList<IReadOnlyList<byte[]>>> InclusionProofsAsync(IMerkleNodeStore store, IReadOnlyList<long> leafIndexes, long treeSize,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(leafIndexes);
        foreach (var leafIndex in leafIndexes)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(leafIndex);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(leafIndex, treeSize);
        }

        return ResolveManyAsync(store, [.. leafIndexes.Select(leafIndex => InclusionRanges(leafIndex, treeSize))], ct);
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

    /// <summary>PATH(leafIndex, D[0:treeSize]) and MTH(D[0:treeSize]) from one <see cref="IMerkleNodeStore.GetManyAsync"/> call.</summary>
    internal static async ValueTask<(IReadOnlyList<byte[]> Proof, byte[] Root)> InclusionProofAndRootAsync(IMerkleNodeStore store, long leafIndex,
        long treeSize, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(leafIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(leafIndex, treeSize);
        var resolved = await ResolveManyAsync(store, [InclusionRanges(leafIndex, treeSize), RootRanges(treeSize)], ct);
        return (resolved[0], Root(resolved[1]));
    }

    /// <summary>PROOF(oldSize, D[0:newSize]) and both trees' roots from one <see cref="IMerkleNodeStore.GetManyAsync"/> call.</summary>
    internal static async ValueTask<(IReadOnlyList<byte[]> Proof, byte[] OldRoot, byte[] NewRoot)> ConsistencyProofAndRootsAsync(IMerkleNodeStore store,
        long oldSize, long newSize, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(oldSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(oldSize, newSize);
        var resolved = await ResolveManyAsync(store, [ConsistencyRanges(oldSize, newSize), RootRanges(oldSize), RootRanges(newSize)], ct);
        return (resolved[0], Root(resolved[1]), Root(resolved[2]));
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

    /// <summary>The range whose MTH is the root: none for the empty tree, whose root is no stored node.</summary>
    private static List<SubtreeRange> RootRanges(long treeSize) => treeSize == 0 ? [] : [new SubtreeRange(0, treeSize)];

    private static byte[] Root(IReadOnlyList<byte[]> resolvedRootRanges) => resolvedRootRanges.Count == 0 ? MerkleHash.EmptyRoot() : resolvedRootRanges[0];

    private static async ValueTask<IReadOnlyList<byte[]>> ResolveAsync(IMerkleNodeStore store, List<SubtreeRange> ranges, CancellationToken ct) =>
        (await ResolveManyAsync(store, [ranges], ct))[0];

    /// <summary>The MTH of every range of every request, in order, from one lookup of all the stored nodes they need.</summary>
    private static async ValueTask<IReadOnlyList<IReadOnlyList<byte[]>>> ResolveManyAsync(IMerkleNodeStore store, List<List<SubtreeRange>> requests,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var nodes = requests.Select(ranges => ranges.Select(range => range.StoredNodes()).ToList()).ToList();
        List<MerkleNodeId> ids = [.. nodes.SelectMany(perRange => perRange).SelectMany(rangeNodes => rangeNodes).Distinct()];
        if (ids.Count == 0)
        {
            return [.. requests.Select(_ => (IReadOnlyList<byte[]>)[])];
        }

        var hashes = await store.GetManyAsync(ids, ct);
        if (hashes.Count != ids.Count || hashes.Any(h => h is not { Length: MerkleHash.Size }))
        {
            throw new InvalidOperationException($"The node store answered {hashes.Count} hashes for {ids.Count} requested nodes, or a hash of the wrong length.");
        }

        var byId = new Dictionary<MerkleNodeId, byte[]>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            byId[ids[i]] = hashes[i];
        }

        return [.. nodes.Select(perRange => (IReadOnlyList<byte[]>)[.. perRange.Select(rangeNodes => Fold(rangeNodes, byId))])];
    }

    private static byte[] Fold(IReadOnlyList<MerkleNodeId> rangeNodes, Dictionary<MerkleNodeId, byte[]> byId) =>
        SubtreeRange.Fold([.. rangeNodes.Select(id => byId[id])], 0, rangeNodes.Count);
}
