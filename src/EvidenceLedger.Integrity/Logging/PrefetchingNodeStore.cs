using EvidenceLedger.Integrity.Merkle;

namespace EvidenceLedger.Integrity.Logging;

/// <summary>
/// Fetches the nodes a proof asks for together with nodes known to be needed next (the roots that go with the proof),
/// in the inner store's one query, and answers later requests from what it already holds.
/// </summary>
internal sealed class PrefetchingNodeStore(IMerkleNodeStore inner, IEnumerable<MerkleNodeId> alsoNeeded) : IMerkleNodeStore
{
    private readonly Dictionary<MerkleNodeId, byte[]> _held = [];
    private readonly List<MerkleNodeId> _alsoNeeded = [.. alsoNeeded];

    public async ValueTask<byte[]> GetAsync(int level, long index, CancellationToken ct) =>
        (await GetManyAsync([new MerkleNodeId(level, index)], ct))[0];

    public async ValueTask<IReadOnlyList<byte[]>> GetManyAsync(IReadOnlyList<MerkleNodeId> ids, CancellationToken ct)
    {
        var missing = ids.Concat(_alsoNeeded).Where(id => !_held.ContainsKey(id)).Distinct().ToList();
        _alsoNeeded.Clear();
        if (missing.Count > 0)
        {
            var hashes = await inner.GetManyAsync(missing, ct);
            for (var i = 0; i < missing.Count; i++)
            {
                _held[missing[i]] = hashes[i];
            }
        }

        return [.. ids.Select(id => _held[id])];
    }
}
