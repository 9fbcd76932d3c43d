using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Integrity.Merkle;
using Npgsql;

namespace EvidenceLedger.Integrity.Verification;

/// <summary>
/// Rebuilds the tree from the stored leaves, in order, holding only its frontier; compares every subtree it completes
/// with the stored node (in batches) and hands each size it reaches to the checkpoint checks.
/// </summary>
internal sealed class TreeRebuild
{
    private readonly NpgsqlConnection _connection;
    private readonly ProblemLog _problems;
    private readonly CheckpointChecks _checkpoints;
    private readonly int _batchSize;
    private readonly MerkleAppender _appender = new();
    private readonly Func<byte[]> _root;
    private readonly List<MerkleNode> _uncompared = [];
    private long _uncomparedFromLeaf;

    public TreeRebuild(NpgsqlConnection connection, ProblemLog problems, CheckpointChecks checkpoints, int batchSize)
    {
        _connection = connection;
        _problems = problems;
        _checkpoints = checkpoints;
        _batchSize = batchSize;
        _root = _appender.Root;
    }

    public long Size => _appender.Size;

    /// <summary>False once a leaf is missing: nothing past it can be rebuilt.</summary>
    public bool IsComplete { get; private set; } = true;

    public long NodesChecked { get; private set; }

    public ValueTask StartAsync(CancellationToken ct) => _checkpoints.AtTreeSizeAsync(0, MerkleHash.EmptyRoot, ct);

    public async ValueTask AddAsync(MerkleLeaf leaf, CancellationToken ct)
    {
        if (!IsComplete)
        {
            return;
        }

        if (leaf.LeafIndex != Size)
        {
            _problems.Add(new(VerificationProblemKind.LeafMissing,
                $"Leaves {Size} to {leaf.LeafIndex - 1} are missing from ledger.merkle_leaves; the tree, its nodes and checkpoints past {Size} leaves cannot be checked.",
                LeafIndex: Size));
            IsComplete = false;
            return;
        }

        var created = _appender.Append(leaf.LeafHash);
        for (var i = 1; i < created.Count; i++)
        {
            _uncompared.Add(created[i]);
        }

        await _checkpoints.AtTreeSizeAsync(Size, _root, ct);
        if (_uncompared.Count >= _batchSize)
        {
            await CompareNodesAsync(ct);
        }
    }

    public async Task FinishAsync(CancellationToken ct)
    {
        await CompareNodesAsync(ct);
        if (!IsComplete)
        {
            return;
        }

        foreach (var (level, count) in await StoredNodeRows.BeyondAsync(_connection, Size, ct))
        {
            _problems.Add(new(VerificationProblemKind.NodeBeyondTree,
                $"{count} stored node(s) at level {level} cover leaves at or past {Size}, which the tree does not have.", LeafIndex: Size));
        }
    }

    private async Task CompareNodesAsync(CancellationToken ct)
    {
        if (_uncompared.Count == 0)
        {
            _uncomparedFromLeaf = Size;
            return;
        }

        var stored = await StoredNodeRows.CompletedByAsync(_connection, _uncomparedFromLeaf, Size, ct);
        foreach (var node in _uncompared)
        {
            NodesChecked++;
            var firstLeaf = node.Index << node.Level;
            var where = $"node (level {node.Level}, index {node.Index}) over leaves {firstLeaf} to {firstLeaf + (1L << node.Level) - 1}";
            if (!stored.TryGetValue(node.Id, out var hash))
            {
                _problems.Add(new(VerificationProblemKind.NodeMissing, $"The stored tree lacks {where}.", LeafIndex: firstLeaf));
            }
            else if (!hash.AsSpan().SequenceEqual(node.Hash))
            {
                _problems.Add(new(VerificationProblemKind.NodeHashMismatch,
                    $"The stored hash of {where} is {Convert.ToBase64String(hash)}; rebuilt from the leaves it is {Convert.ToBase64String(node.Hash)}.",
                    LeafIndex: firstLeaf));
            }
        }

        _uncompared.Clear();
        _uncomparedFromLeaf = Size;
    }
}
