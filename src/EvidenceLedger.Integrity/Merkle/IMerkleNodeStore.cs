namespace EvidenceLedger.Integrity.Merkle;

/// <summary>
/// Read access to stored complete-subtree hashes (see <see cref="MerkleNodeId"/>). Roots and proofs for
/// any tree size n are assembled from at most O(log n) of these nodes, so the full tree is never rebuilt.
/// </summary>
/// <remarks>
/// Contract for implementations:
/// <list type="bullet">
/// <item>Every node returned by <see cref="MerkleAppender.Append"/> must have been stored; nodes are immutable once written.</item>
/// <item>Asking for a node that was never stored is a bug or corruption: throw (for example <see cref="KeyNotFoundException"/>), never return null or an empty array.</item>
/// <item>Returned hashes are 32 bytes; callers may keep them, so do not hand out buffers that are reused.</item>
/// </list>
/// </remarks>
public interface IMerkleNodeStore
{
    /// <summary>Returns the hash of node (<paramref name="level"/>, <paramref name="index"/>).</summary>
    ValueTask<byte[]> GetAsync(int level, long index, CancellationToken ct);

    /// <summary>
    /// Returns the hashes of <paramref name="ids"/>, in the same order (duplicates allowed). Proof builders call this
    /// once per proof, so a database implementation should override it with a single query; the default
    /// falls back to one <see cref="GetAsync"/> per node.
    /// </summary>
    async ValueTask<IReadOnlyList<byte[]>> GetManyAsync(IReadOnlyList<MerkleNodeId> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var hashes = new byte[ids.Count][];
        for (var i = 0; i < ids.Count; i++)
        {
            hashes[i] = await GetAsync(ids[i].Level, ids[i].Index, ct);
        }

        return hashes;
    }
}
