using System.Data;
using System.Diagnostics;
using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.Integrity.Logging;
using Npgsql;

namespace EvidenceLedger.Integrity.Verification;

/// <summary>
/// The auditor's full check, over one consistent snapshot of the database: every event's hash and stream link, every
/// stream head, the tree rebuilt from the leaves against the events, the stored nodes and every signed checkpoint, and
/// the auditor's own saved checkpoint. Streams through the log in batches; memory does not grow with the log.
/// </summary>
public sealed class LedgerVerifier(NpgsqlDataSource dataSource)
{
    public async Task<VerificationReport> VerifyAsync(VerificationOptions? options = null, CancellationToken ct = default)
    {
        options ??= new VerificationOptions();
        var stopwatch = Stopwatch.StartNew();
        var problems = new ProblemLog(options.MaxProblems);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, tx))
        {
            await readOnly.ExecuteNonQueryAsync(ct);
        }

        if (options.TrustedKey is null)
        {
            problems.Add(new(VerificationProblemKind.NoVerifierKey, "No verifier key was given: no checkpoint signature could be checked."));
        }

        var checkpoints = new CheckpointChecks(connection, options.TrustedKey, problems, options.BatchSize);
        checkpoints.UseSaved(options.SavedCheckpoint);
        var tree = new TreeRebuild(connection, problems, checkpoints, options.BatchSize);
        await tree.StartAsync(ct);

        var integratorCursor = await ProjectionCheckpoints.LoadAsync(connection, MerkleLogIntegrator.CheckpointName, ct);
        var matcher = new LeafEventMatcher(connection, problems, tree, integratorCursor);
        await matcher.RunAsync(EventsInCompleteOrder(connection, problems, options.BatchSize), LeavesInOrder(connection, options.BatchSize), ct);
        await tree.FinishAsync(ct);
        await checkpoints.FinishAsync(tree.Size, tree.IsComplete, ct);
        var streams = await StreamHeads.CheckAsync(connection, problems, ct);

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

    private static BatchCursor<EventRow> EventsInCompleteOrder(NpgsqlConnection connection, ProblemLog problems, int batchSize) =>
        new(async (last, ct) =>
        {
            var rows = await EventRows.ReadAsync(connection, last?.Cursor ?? default, batchSize, ct);
            EventChecks.Check(rows, problems);
            return rows;
        }, batchSize);

    private static BatchCursor<MerkleLeaf> LeavesInOrder(NpgsqlConnection connection, int batchSize) =>
        new((last, ct) => StoredRows.LeavesAfterAsync(connection, last?.LeafIndex ?? -1, batchSize, ct), batchSize);
}
