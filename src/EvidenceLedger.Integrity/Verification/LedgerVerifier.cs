using System.Diagnostics;
using EvidenceLedger.EventStore.Reading;
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
    private const int NodesConnection = 3;

    public async Task<VerificationReport> VerifyAsync(VerificationOptions? options = null, CancellationToken ct = default)
    {
        options ??= new VerificationOptions();
        var stopwatch = Stopwatch.StartNew();
        var problems = new ProblemLog(options.MaxProblems);
        await using var snapshot = await VerificationSnapshot.OpenAsync(dataSource, helpers: 4, ct);
        if (options.TrustedKey is null)
        {
            problems.Add(new(VerificationProblemKind.NoVerifierKey, "No verifier key was given: no checkpoint signature could be checked."));
        }

        var chainProblems = new ProblemLog(options.MaxProblems);
        var chains = StreamChains.CheckAsync(snapshot[ChainsConnection], chainProblems, ct);

        await using var checkpoints = new CheckpointChecks(snapshot.Main, options.TrustedKey, problems, options.BatchSize);
        checkpoints.UseSaved(options.SavedCheckpoint);
        var tree = new TreeRebuild(snapshot[NodesConnection], problems, checkpoints, options.BatchSize);
        await tree.StartAsync(ct);
        var integratorCursor = await LogCheckpoints.LoadAsync(snapshot.Main, MerkleLogIntegrator.CheckpointName, ct);
        var matcher = new LeafEventMatcher(snapshot.Main, problems, tree, integratorCursor, options.Progress);
        await using (var events = new BatchCursor<EventRow>(EventsInCompleteOrder(snapshot[EventsConnection], options.BatchSize)))
        await using (var leaves = new BatchCursor<MerkleLeaf>(LeavesInOrder(snapshot[LeavesConnection], options.BatchSize)))
        {
            await matcher.RunAsync(events, leaves, ct);
        }

        await tree.FinishAsync(ct);
        await checkpoints.FinishAsync(tree.Size, tree.IsComplete, ct);
        var streams = await StreamHeads.CheckAsync(snapshot.Main, problems, ct);
        await UnchainedEvents.CheckAsync(snapshot.Main, problems, ct);
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

    /// <summary>
    /// A pipeline: one stage reads batches, the next recomputes their hashes, while the batch before is matched. It starts
    /// below every position, not at the log's start: a row written at a position the sequence never hands out is read too.
    /// </summary>
    private static IAsyncEnumerable<List<EventRow>> EventsInCompleteOrder(NpgsqlConnection connection, int batchSize) =>
        Batches.Pages<EventRow>((last, ct) => EventRows.ReadAsync(connection, last?.Cursor ?? new LogCursor(long.MinValue), batchSize, ct), batchSize)
            .Ahead()
            .Then(EventChecks.Recompute)
            .Ahead();

    private static IAsyncEnumerable<List<MerkleLeaf>> LeavesInOrder(NpgsqlConnection connection, int batchSize) =>
        Batches.Pages<MerkleLeaf>((last, ct) => StoredRows.LeavesAfterAsync(connection, last?.LeafIndex ?? -1, batchSize, ct), batchSize)
            .Ahead();
}
