using EvidenceLedger.Integrity.Merkle;
using Npgsql;

namespace EvidenceLedger.Integrity.Logging;

/// <summary>
/// The Merkle log as stored: its size, the leaf of an event, roots, and RFC 9162 inclusion and consistency proofs for
/// any size up to the integrated tree. A proof costs two queries: the tree size (with the leaf), then every stored
/// subtree hash the proof and its roots need, O(log n) of them.
/// </summary>
public sealed class MerkleLog(NpgsqlDataSource dataSource)
{
    /// <summary>Leaves integrated so far.</summary>
    public async Task<long> TreeSizeAsync(CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await StoredTree.SizeAsync(connection, null, ct);
    }

    /// <summary>The leaf of an event, or null when the event is unknown or not integrated yet.</summary>
    public async Task<MerkleLeaf?> FindLeafAsync(Guid eventId, CancellationToken ct = default) =>
        (await FindLeavesAsync([eventId], ct)).SingleOrDefault();

    /// <summary>The leaves of those events that are in the log, in one query; an event unknown or not integrated yet has none.</summary>
    public async Task<IReadOnlyList<MerkleLeaf>> FindLeavesAsync(IReadOnlyCollection<Guid> eventIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await StoredTree.LeavesOfAsync(connection, eventIds, ct);
    }

    public async Task<MerkleLeaf?> LeafAtAsync(long leafIndex, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return (await StoredTree.SizeAndLeafAsync(connection, leafIndex, ct)).Leaf;
    }

    /// <summary>MTH of the first <paramref name="treeSize"/> leaves.</summary>
    public async Task<byte[]> RootAsync(long treeSize, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        RequireSize(await StoredTree.SizeAsync(connection, null, ct), treeSize, "treeSize");
        return await MerkleProofs.RootAsync(new PostgresMerkleNodeStore(connection), treeSize, ct);
    }

    public async Task<InclusionProof> InclusionProofAsync(long leafIndex, long treeSize, CancellationToken ct = default)
    {
        if (leafIndex < 0)
        {
            throw new ProofRequestException("index", $"A leaf index is 0 or more, not {leafIndex}.");
        }

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var (size, leaf) = await StoredTree.SizeAndLeafAsync(connection, leafIndex, ct);
        RequireSize(size, treeSize, "treeSize");
        if (treeSize == 0)
        {
            throw new ProofRequestException("treeSize", "The empty tree contains no leaf to prove.");
        }

        if (leafIndex >= treeSize)
        {
            throw new ProofRequestException("index", $"Leaf {leafIndex} is not in a tree of {treeSize} leaves.");
        }

        return await ProveAsync(connection, leaf ?? throw new IntegrityViolationException($"Leaf {leafIndex} is missing from ledger.merkle_leaves."), treeSize, ct);
    }

    /// <summary>The inclusion proof of an event's leaf, or null when the event is not (yet) in the log.</summary>
    public async Task<InclusionProof?> InclusionProofAsync(Guid eventId, long treeSize, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var (size, leaf) = await StoredTree.SizeAndLeafAsync(connection, eventId, ct);
        RequireSize(size, treeSize, "treeSize");
        if (leaf is null)
        {
            return null;
        }

        if (leaf.LeafIndex >= treeSize)
        {
            throw new ProofRequestException("treeSize", $"Event {eventId} is leaf {leaf.LeafIndex}, which a tree of {treeSize} leaves does not contain yet.");
        }

        return await ProveAsync(connection, leaf, treeSize, ct);
    }

    public async Task<ConsistencyProof> ConsistencyProofAsync(long fromSize, long toSize, CancellationToken ct = default)
    {
        if (fromSize < 0)
        {
            throw new ProofRequestException("from", $"A tree size is 0 or more, not {fromSize}.");
        }

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        RequireSize(await StoredTree.SizeAsync(connection, null, ct), toSize, "to");
        if (fromSize > toSize)
        {
            throw new ProofRequestException("from", $"The old size {fromSize} is larger than the new size {toSize}.");
        }

        var (hashes, fromRoot, toRoot) = await MerkleProofs.ConsistencyProofAndRootsAsync(new PostgresMerkleNodeStore(connection), fromSize, toSize, ct);
        return new ConsistencyProof(fromSize, toSize, hashes, fromRoot, toRoot);
    }

    private static async Task<InclusionProof> ProveAsync(NpgsqlConnection connection, MerkleLeaf leaf, long treeSize, CancellationToken ct)
    {
        var (hashes, root) = await MerkleProofs.InclusionProofAndRootAsync(new PostgresMerkleNodeStore(connection), leaf.LeafIndex, treeSize, ct);
        return new InclusionProof(leaf.LeafIndex, treeSize, leaf.LeafHash, hashes, leaf.EventId, leaf.Position, root);
    }

    private static void RequireSize(long storedSize, long treeSize, string parameter)
    {
        if (treeSize < 0)
        {
            throw new ProofRequestException(parameter, $"A tree size is 0 or more, not {treeSize}.");
        }

        if (treeSize > storedSize)
        {
            throw new ProofRequestException(parameter, $"The log holds {storedSize} leaves; there is no tree of {treeSize}.");
        }
    }
}
