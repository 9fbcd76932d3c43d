namespace EvidenceLedger.Integrity.Merkle;

/// <summary>
/// Grows a Merkle tree one leaf at a time while holding only its right frontier: the O(log n) complete
/// subtrees that make up the current tree, largest first. Each append yields exactly the complete-subtree
/// nodes it creates, which is everything an <see cref="IMerkleNodeStore"/> needs. Not thread-safe.
/// </summary>
public sealed class MerkleAppender
{
    private readonly List<byte[]> _frontier;

    /// <summary>Starts an empty tree.</summary>
    public MerkleAppender()
        : this(0, [])
    {
    }

    private MerkleAppender(long size, List<byte[]> frontier)
    {
        Size = size;
        _frontier = frontier;
    }

    /// <summary>Number of leaves appended so far.</summary>
    public long Size { get; private set; }

    /// <summary>The frontier nodes of the current tree, largest (leftmost) first.</summary>
    public IReadOnlyList<MerkleNode> Frontier
    {
        get
        {
            var ids = FrontierIds(Size);
            return [.. ids.Select((id, i) => new MerkleNode(id.Level, id.Index, _frontier[i].ToArray()))];
        }
    }

    /// <summary>Ids of the frontier nodes of a tree of <paramref name="treeSize"/> leaves, largest first.</summary>
    public static IReadOnlyList<MerkleNodeId> FrontierIds(long treeSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(treeSize);
        return new SubtreeRange(0, treeSize).StoredNodes();
    }

    /// <summary>Rebuilds an appender from frontier hashes ordered as <see cref="FrontierIds"/>.</summary>
    public static MerkleAppender FromFrontier(long treeSize, IReadOnlyList<byte[]> frontierHashes)
    {
        ArgumentNullException.ThrowIfNull(frontierHashes);
        var expected = FrontierIds(treeSize).Count;
        if (frontierHashes.Count != expected)
        {
            throw new ArgumentException($"A tree of {treeSize} leaves has {expected} frontier nodes, got {frontierHashes.Count}.", nameof(frontierHashes));
        }

        var frontier = new List<byte[]>(frontierHashes.Count);
        foreach (var hash in frontierHashes)
        {
            MerkleHash.RequireHash(hash, nameof(frontierHashes));
            frontier.Add(hash.ToArray());
        }

        return new MerkleAppender(treeSize, frontier);
    }

    /// <summary>Loads the frontier of a tree of <paramref name="treeSize"/> leaves from <paramref name="store"/> in one batch.</summary>
    public static async ValueTask<MerkleAppender> RestoreAsync(IMerkleNodeStore store, long treeSize, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var ids = FrontierIds(treeSize);
        var hashes = ids.Count == 0 ? [] : await store.GetManyAsync(ids, ct);
        return FromFrontier(treeSize, hashes);
    }

    /// <summary>
    /// Appends the leaf hash (<see cref="MerkleHash.Leaf"/>) as leaf number <see cref="Size"/> and returns the nodes
    /// to persist: the leaf at level 0, then every parent that this leaf completes, bottom-up.
    /// </summary>
    public IReadOnlyList<MerkleNode> Append(ReadOnlySpan<byte> leafHash)
    {
        MerkleHash.RequireHash(leafHash, nameof(leafHash));
        if (Size == long.MaxValue)
        {
            throw new InvalidOperationException("The tree is full.");
        }

        var hash = leafHash.ToArray();
        var level = 0;
        var index = Size;
        var created = new List<MerkleNode> { new(level, index, hash.ToArray()) };

        // An odd index is a right child; its left sibling is the smallest frontier subtree.
        while ((index & 1) == 1)
        {
            hash = MerkleHash.Node(_frontier[^1], hash);
            _frontier.RemoveAt(_frontier.Count - 1);
            level++;
            index >>= 1;
            created.Add(new MerkleNode(level, index, hash.ToArray()));
        }

        _frontier.Add(hash);
        Size++;
        return created;
    }

    /// <summary>MTH of the current tree (the empty-tree hash when nothing was appended).</summary>
    public byte[] Root() => _frontier.Count == 0 ? MerkleHash.EmptyRoot() : SubtreeRange.Fold(_frontier, 0, _frontier.Count).ToArray();
}
