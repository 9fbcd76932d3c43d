namespace EvidenceLedger.Integrity.Merkle;

/// <summary>An <see cref="IMerkleNodeStore"/> held in memory, for tests and offline verification tools.</summary>
public sealed class InMemoryMerkleNodeStore : IMerkleNodeStore
{
    private readonly Dictionary<MerkleNodeId, byte[]> _nodes = [];
    private readonly Lock _gate = new();

    /// <summary>Number of stored nodes.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _nodes.Count;
            }
        }
    }

    /// <summary>
    /// Stores <paramref name="nodes"/>. Re-adding an identical node is a no-op; a different hash for an
    /// existing node throws, because stored subtrees are immutable.
    /// </summary>
    public void Add(IEnumerable<MerkleNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        lock (_gate)
        {
            foreach (var node in nodes)
            {
                MerkleHash.RequireHash(node.Hash, nameof(nodes));
                if (_nodes.TryGetValue(node.Id, out var existing))
                {
                    if (!existing.AsSpan().SequenceEqual(node.Hash))
                    {
                        throw new InvalidOperationException($"Node {node.Id} is already stored with a different hash.");
                    }

                    continue;
                }

                _nodes.Add(node.Id, node.Hash.ToArray());
            }
        }
    }

    public ValueTask<byte[]> GetAsync(int level, long index, CancellationToken ct) => ValueTask.FromResult(Get(new MerkleNodeId(level, index)));

    public ValueTask<IReadOnlyList<byte[]>> GetManyAsync(IReadOnlyList<MerkleNodeId> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var hashes = new byte[ids.Count][];
        for (var i = 0; i < ids.Count; i++)
        {
            hashes[i] = Get(ids[i]);
        }

        return ValueTask.FromResult<IReadOnlyList<byte[]>>(hashes);
    }

    private byte[] Get(MerkleNodeId id)
    {
        lock (_gate)
        {
            return _nodes.TryGetValue(id, out var hash)
                ? hash.ToArray()
                : throw new KeyNotFoundException($"Merkle node {id} is not stored.");
        }
    }
}
