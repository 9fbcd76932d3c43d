using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Integrity.Merkle;
using Npgsql;

namespace EvidenceLedger.Integrity.Verification;

/// <summary>
/// Rebuilds the tree from the stored leaves, in order, holding only its frontier; hands each size it reaches to the
/// checkpoint checks, and compares every subtree it completes at a stored level (<see cref="StoredLevels"/>) with the stored node, a batch at a time on a connection
/// of its own while the rebuild goes on.
/// </summary>
internal sealed class TreeRebuild
{
    private readonly NpgsqlConnection _nodesConnection;
    private readonly ProblemLog _problems;
    private readonly CheckpointChecks _checkpoints;
    private readonly int _batchSize;
    private readonly MerkleAppender _appender = new();
    private readonly Func<byte[]> _root;
    private List<MerkleNode> _uncompared = [];
    private long _uncomparedFromLeaf;
    private Task<NodeComparison>? _comparing;

    public TreeRebuild(NpgsqlConnection nodesConnection, ProblemLog problems, CheckpointChecks checkpoints, int batchSize)
    {
        _nodesConnection = nodesConnection;
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
        StoredLevels.AddStoredNodes(created, _uncompared);

        await _checkpoints.AtTreeSizeAsync(Size, _root, ct);
        if (_uncompared.Count >= _batchSize)
        {
            await CompareInBackgroundAsync(ct);
        }
    }

    public async Task FinishAsync(CancellationToken ct)
    {
        await CompareInBackgroundAsync(ct);
        await CollectComparisonAsync();
        if (!IsComplete)
        {
            return;
        }

        foreach (var (level, count) in await StoredNodeRows.BeyondAsync(_nodesConnection, Size, ct))
        {
            _problems.Add(new(VerificationProblemKind.NodeBeyondTree,
                $"{count} stored node(s) at level {level} cover leaves at or past {Size}, which the tree does not have.", LeafIndex: Size));
        }
    }

    /// <summary>Starts comparing the nodes rebuilt so far, after taking in the comparison before it (so at most two batches are held).</summary>
    private async ValueTask CompareInBackgroundAsync(CancellationToken ct)
    {
        await CollectComparisonAsync();
        if (_uncompared.Count == 0)
        {
            _uncomparedFromLeaf = Size;
            return;
        }

        var (nodes, fromLeaf, toLeaf) = (_uncompared, _uncomparedFromLeaf, Size);
        _uncompared = new List<MerkleNode>(_batchSize);
        _uncomparedFromLeaf = Size;
        _comparing = Task.Run(() => CompareAsync(nodes, fromLeaf, toLeaf, ct), ct);
    }

    private async ValueTask CollectComparisonAsync()
    {
        if (_comparing is null)
        {
            return;
        }

        var comparison = await _comparing;
        _comparing = null;
        NodesChecked += comparison.Compared;
        foreach (var problem in comparison.Problems)
        {
            _problems.Add(problem);
        }
    }

    private async Task<NodeComparison> CompareAsync(List<MerkleNode> nodes, long fromLeaf, long toLeaf, CancellationToken ct)
    {
        var stored = await StoredNodeRows.CompletedByAsync(_nodesConnection, fromLeaf, toLeaf, ct);
        var problems = new List<VerificationProblem>();
        foreach (var node in nodes)
        {
            var firstLeaf = node.Index << node.Level;
            if (!stored.TryGetValue(node.Id, out var hash))
            {
                problems.Add(new(VerificationProblemKind.NodeMissing, $"The stored tree lacks {Describe(node, firstLeaf)}.", LeafIndex: firstLeaf));
            }
            else if (!hash.AsSpan().SequenceEqual(node.Hash))
            {
                problems.Add(new(VerificationProblemKind.NodeHashMismatch,
                    $"The stored hash of {Describe(node, firstLeaf)} is {Convert.ToBase64String(hash)}; rebuilt from the leaves it is {Convert.ToBase64String(node.Hash)}.",
                    LeafIndex: firstLeaf));
            }
        }

        return new NodeComparison(nodes.Count, problems);
    }

    private static string Describe(MerkleNode node, long firstLeaf) =>
        $"node (level {node.Level}, index {node.Index}) over leaves {firstLeaf} to {firstLeaf + (1L << node.Level) - 1}";

    private sealed record NodeComparison(int Compared, List<VerificationProblem> Problems);
}
