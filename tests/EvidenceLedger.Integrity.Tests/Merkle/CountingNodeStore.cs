using EvidenceLedger.Integrity.Merkle;

namespace EvidenceLedger.Integrity.Tests.Merkle;

/// <summary>Wraps a store and records how it is queried.</summary>
internal sealed class CountingNodeStore(IMerkleNodeStore inner) : IMerkleNodeStore
{
    public int SingleLookups { get; private set; }

    public int BatchLookups { get; private set; }

    public int NodesRequested { get; private set; }

    public ValueTask<byte[]> GetAsync(int level, long index, CancellationToken ct)
    {
        SingleLookups++;
        NodesRequested++;
        return inner.GetAsync(level, index, ct);
    }

    public ValueTask<IReadOnlyList<byte[]>> GetManyAsync(IReadOnlyList<MerkleNodeId> ids, CancellationToken ct)
    {
        BatchLookups++;
        NodesRequested += ids.Count;
        return inner.GetManyAsync(ids, ct);
    }
}
