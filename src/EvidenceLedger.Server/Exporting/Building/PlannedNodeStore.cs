using EvidenceLedger.Integrity.Merkle;

namespace EvidenceLedger.Server.Exporting.Building;

/// <summary>
/// Serves a thousand proofs from one query. Which stored subtrees a proof needs depends only on its leaf index and
/// tree size, never on their hashes, so a first pass through <see cref="MerkleProofs"/> only notes the nodes asked for
/// (answering placeholders), <see cref="FetchAsync"/> reads them all at once, and the second pass is answered from memory.
/// </summary>
internal sealed class PlannedNodeStore : IMerkleNodeStore
{
    private static readonly byte[] Placeholder = new byte[MerkleHash.Size];

    private readonly HashSet<MerkleNodeId> _needed = [];
    private Dictionary<MerkleNodeId, byte[]>? _fetched;

    public async ValueTask<byte[]> GetAsync(int level, long index, CancellationToken ct) =>
        (await GetManyAsync([new MerkleNodeId(level, index)], ct))[0];

    public ValueTask<IReadOnlyList<byte[]>> GetManyAsync(IReadOnlyList<MerkleNodeId> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (_fetched is null)
        {
            _needed.UnionWith(ids);
            return ValueTask.FromResult<IReadOnlyList<byte[]>>([.. ids.Select(_ => Placeholder)]);
        }
        return ValueTask.FromResult<IReadOnlyList<byte[]>>([.. ids.Select(id => _fetched.TryGetValue(id, out var hash)
            ? hash
            : throw new KeyNotFoundException($"Node {id} was not planned for."))]);
    }

    public async Task FetchAsync(IMerkleNodeStore stored, CancellationToken ct)
    {
        var ids = _needed.ToList();
        var hashes = ids.Count == 0 ? [] : await stored.GetManyAsync(ids, ct);
        _fetched = ids.Select((id, i) => (id, hashes[i])).ToDictionary(pair => pair.id, pair => pair.Item2);
    }
}
