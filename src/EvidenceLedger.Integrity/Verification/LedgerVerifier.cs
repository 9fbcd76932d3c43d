using System.Diagnostics;
using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.Integrity.Logging;
using Npgsql;

namespace EvidenceLedger.Integrity.Verification;

/// <summary>
/// The auditor's full check, over one consistent snapshot of the database: every event's hash, every stream's chain and
/// head, the tree rebuilt from the leaves against the events, the stored nodes and every signed checkpoint, and the
/// auditor's own saved checkpoint. Streams through the log in batches, reading on several connections at once; memory
/// does not grow with the log.
/// </summary>
public sealed class LedgerVerifier(NpgsqlDataSource dataSource)
{
    private const int EventsConnection = 0;
    private const int LeavesConnection = 1;
    private const int ChainsConnection = 2;

    public async Task<VerificationReport> VerifyAsync(VerificationOptions? options = null, CancellationToken ct = default)
    {
        options ??= new VerificationOptions();
        var stopwatch = Stopwatch.StartNew();
        var problems = new ProblemLog(options.MaxProblems);
        await using var snapshot = await VerificationSnapshot.OpenAsync(dataSource, helpers: 3, ct);
        if (options.TrustedKey is null)
        {
            problems.Add(new(VerificationProblemKind.NoVerifierKey, "No verifier key was given: no checkpoint signature could be checked."));
        }

        var chainProblems = new ProblemLog(options.MaxProblems);
        var chains = StreamChains.CheckAsync(snapshot[ChainsConnection], chainProblems, options.BatchSize, ct);

        var checkpoints = new CheckpointChecks(snapshot.Main, options.TrustedKey, problems, options.BatchSize);
        checkpoints.UseSaved(options.SavedCheckpoint);
        var tree = new TreeRebuild(snapshot.Main, problems, checkpoints, options.BatchSize);
        await tree.StartAsync(ct);
        var integratorCursor = await ProjectionCheckpoints.LoadAsync(snapshot.Main, MerkleLogIntegrator.CheckpointName, ct);
        var matcher = new LeafEventMatcher(snapshot.Main, problems, tree, integratorCursor, options.Progress);
        await matcher.RunAsync(EventsInCompleteOrder(snapshot[EventsConnection], options.BatchSize),
            LeavesInOrder(snapshot[LeavesConnection], options.BatchSize), ct);
        await tree.FinishAsync(ct);
        await checkpoints.FinishAsync(tree.Size, tree.IsComplete, ct);
        var streams = await StreamHeads.CheckAsync(snapshot.Main, problems, ct);
        await chains;
        problems.Absorb(chainProblems);

        return new VerificationReport(
            Ok: problems.Count == 0,
            Origin: options.TrustedKey?.KeyName,
            EventsChecked: matcher.EventsChecked,
            StreamsChecked: streams,
            LeavesChecked: matcher.LeavesChecked,
            NodesChecked: tree.NodesChecked,
            CheckpointsChecked: checkpoints.Checked,
            EventsNotYetInTree: matcher.EventsNotYetInTree,
            TreeSize: tree.Size,
            LatestCheckpointSize: checkpoints.LatestSize,
            SavedCheckpointSize: checkpoints.Saved?.TreeSize,
            ProblemCount: problems.Count,
            Problems: problems.Kept,
            ElapsedSeconds: stopwatch.Elapsed.TotalSeconds);
    }

    /// <summary>Each batch is fetched and its hashes recomputed in the background while the previous one is matched.</summary>
    private static BatchCursor<EventRow> EventsInCompleteOrder(NpgsqlConnection connection, int batchSize) =>
        new(async (last, ct) =>
        {
            var rows = await EventRows.ReadAsync(connection, last?.Cursor ?? default, batchSize, ct);
            EventChecks.Recompute(rows);
            return rows;
        }, batchSize, prefetch: true);

    private static BatchCursor<MerkleLeaf> LeavesInOrder(NpgsqlConnection connection, int batchSize) =>
        new((last, ct) => StoredRows.LeavesAfterAsync(connection, last?.LeafIndex ?? -1, batchSize, ct), batchSize, prefetch: true);
}
