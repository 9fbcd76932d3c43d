using System.Numerics;

namespace EvidenceLedger.Integrity.Merkle;

/// <summary>
/// A leaf range [Start, End) whose MTH a proof needs. Every range produced by the RFC 9162 recursion starts
/// at a multiple of the smallest power of two ≥ its length, so it splits into stored complete subtrees,
/// one per set bit of its length, largest first.
/// </summary>
internal readonly record struct SubtreeRange(long Start, long End)
{
    public IReadOnlyList<MerkleNodeId> StoredNodes()
    {
        var nodes = new List<MerkleNodeId>(BitOperations.PopCount((ulong)(End - Start)));
        var position = Start;
        for (var level = 62; level >= 0; level--)
        {
            var width = 1L << level;
            if (((End - Start) & width) == 0)
            {
                continue;
            }

            if (position % width != 0)
            {
                throw new InvalidOperationException($"Range [{Start}, {End}) is not aligned to stored subtrees.");
            }

            nodes.Add(new MerkleNodeId(level, position >> level));
            position += width;
        }

        return nodes;
    }

    /// <summary>MTH of the range from its stored subtrees: the RFC split always puts the largest subtree on the left.</summary>
    public static byte[] Fold(IReadOnlyList<byte[]> subtreeHashes, int offset, int count)
    {
        var hash = subtreeHashes[offset + count - 1];
        for (var i = offset + count - 2; i >= offset; i--)
        {
            hash = MerkleHash.Node(subtreeHashes[i], hash);
        }

        return hash;
    }

    /// <summary>The k of RFC 9162: the largest power of two smaller than <paramref name="n"/> (n ≥ 2).</summary>
    public static long SplitPoint(long n) => 1L << (63 - BitOperations.LeadingZeroCount((ulong)(n - 1)));
}
