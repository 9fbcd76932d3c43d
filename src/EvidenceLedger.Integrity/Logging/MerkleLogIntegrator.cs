using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Integrity.Merkle;
using Npgsql;

namespace EvidenceLedger.Integrity.Logging;

/// <summary>
/// Adds every event of the complete log, in order, as the next leaf of the Merkle tree, chaining it first
/// (<see cref="EventChaining"/>; the leaf row keeps the chain hashes): the append wrote Marten's rows only. Each batch's leaves, nodes and the
/// integrator's cursor (ledger.projection_checkpoints, name <see cref="CheckpointName"/>) commit together, so a crash or
/// restart resumes exactly after the last committed batch. Keeps the tree's right frontier in memory between
/// batches and reloads it whenever the stored tree is not where it left it.
/// </summary>
public sealed class MerkleLogIntegrator(NpgsqlDataSource dataSource, MerkleLogOptions? options = null) : IDisposable
{
    public const string CheckpointName = "merkle_log";

    private readonly MerkleLogOptions _options = options ?? new MerkleLogOptions();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private MerkleAppender? _appender;
    private LogCursor _cursor;
    private readonly LogFence _fence = new();
    private (LogCursor After, Task<ChainedEvent[]> Events)? _nextBatch;

    /// <summary>Integrates every event committed before the call (unless its transaction is still open); returns how many leaves were added.</summary>
    public async Task<long> CatchUpAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            long added = 0;
            while (true)
            {
                var count = await IntegrateBatchAsync(connection, ct);
                added += count;
                if (count < _options.BatchSize)
                {
                    return added;
                }
            }
        }
        catch
        {
            // The frontier may be ahead of what committed.
            _appender = null;
            throw;
        }
        finally
        {
            await DropNextBatchAsync();
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<int> IntegrateBatchAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({_options.IntegrationLockKey})", connection, tx))
        {
            await lockCommand.ExecuteNonQueryAsync(ct);
        }

        var cursor = await LogCheckpoints.LoadAsync(connection, CheckpointName, ct);
        var size = await StoredTree.SizeAsync(connection, tx, ct);
        if (_appender is null || _appender.Size != size || _cursor != cursor)
        {
            _appender = await RestoreAsync(connection, tx, cursor, size, ct);
            _cursor = cursor;
        }

        var settled = await _fence.AdvanceAsync(connection, tx, ct);
        var events = _nextBatch is { } next && next.After == _cursor
            ? await next.Events
            : await EventChaining.ChainAsync(connection, tx,
                await CompleteLog.ReadAsync(connection, tx, _cursor, settled, _options.BatchSize, ct), laterThanStored: null, ct);
        _nextBatch = null;
        if (events.Length == 0)
        {
            return 0;
        }

        if (events.Length == _options.BatchSize)
        {
            // While this batch is written, the next one is read and hashed on another connection: the settled positions
            // after this batch no longer change, only this integrator writes their leaves, and the hashes this batch ends
            // its streams with are known already (the database has only those of the batches before).
            var after = new LogCursor(events[^1].Position);
            _nextBatch = (after, ReadAheadAsync(after, settled, EventChaining.HeadsAfter(events), ct));
        }

        await IntegrationBatch.WriteAsync(connection, _appender, events, ct);
        _cursor = new LogCursor(events[^1].Position);
        await LogCheckpoints.SaveAsync(connection, tx, CheckpointName, _cursor, "ledger", ct);
        await tx.CommitAsync(ct);
        return events.Length;
    }

    private async Task<ChainedEvent[]> ReadAheadAsync(LogCursor after, long settled, Dictionary<string, byte[]> headsBefore, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var entries = await CompleteLog.ReadAsync(connection, null, after, settled, _options.BatchSize, ct);
        return await EventChaining.ChainAsync(connection, null, entries, headsBefore, ct);
    }

    private async Task DropNextBatchAsync()
    {
        if (_nextBatch is not { } next) return;
        _nextBatch = null;
        try
        {
            await next.Events;
        }
        catch (Exception)
        {
            // A read ahead that failed is simply read again next time.
        }
    }

    /// <summary>Reloads the frontier, after checking that the last leaf is the event the cursor says was integrated last.</summary>
    private static async Task<MerkleAppender> RestoreAsync(NpgsqlConnection connection, NpgsqlTransaction tx, LogCursor cursor, long size, CancellationToken ct)
    {
        await using (var command = new NpgsqlCommand("""
            SELECT e.position FROM ledger.merkle_leaves l JOIN ledger.events e ON e.event_id = l.event_id
            WHERE l.leaf_index = $1
            """, connection, tx))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = size - 1 });
            await using var reader = await command.ExecuteReaderAsync(ct);
            var last = await reader.ReadAsync(ct) ? new LogCursor(reader.GetInt64(0)) : LogCursor.Start;
            if (last != cursor)
            {
                throw new IntegrityViolationException(
                    $"The tree has {size} leaves, but its last leaf's event is at {last}, not at the integrator's cursor {cursor}: refusing to extend the log. Run verify.");
            }
        }

        return await MerkleAppender.RestoreAsync(new PostgresMerkleNodeStore(connection, tx), size, ct);
    }
}
