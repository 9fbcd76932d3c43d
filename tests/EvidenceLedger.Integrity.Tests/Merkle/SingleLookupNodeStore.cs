using EvidenceLedger.Integrity.Merkle;

namespace EvidenceLedger.Integrity.Tests.Merkle;

/// <summary>A store that implements only <see cref="IMerkleNodeStore.GetAsync"/>, relying on the interface's default batch lookup.</summary>
internal sealed class SingleLookupNodeStore(IMerkleNodeStore inner) : IMerkleNodeStore
{
    public ValueTask<byte[]> GetAsync(int level, long index, CancellationToken ct) => inner.GetAsync(level, index, ct);
}
