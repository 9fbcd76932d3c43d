using EvidenceLedger.EventStore.Connections;
using EvidenceLedger.EventStore.Reading;
using Npgsql;

namespace EvidenceLedger.EventStore.Projections;

/// <summary>
/// Runs async projections from the complete log, like Marten's async daemon: one leader per database (a session
/// advisory lock), each projection's checkpoint written in the same transaction as its rows, so a restart resumes
/// exactly where the last commit left off. It polls: NOTIFY inside appends would serialize every writer's commit.
/// </summary>
public sealed class ProjectionDaemon(NpgsqlDataSource dataSource, IReadOnlyList<IProjection> projections, DaemonOptions? options = null) : IDisposable
{
    private readonly DaemonOptions _options = options ?? new DaemonOptions();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _isLeader;

    public bool IsLeader => _isLeader;

    public IReadOnlyList<IProjection> Projections => projections;

    public async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var leaderConnection = await dataSource.OpenConnectionAsync(ct);
                if (!await LeaderLock.TryTakeAsync(leaderConnection, _options.LeaderLockKey, ct))
                {
                    await Task.Delay(_options.LeaderRetryInterval, ct);
                    continue;
                }
                try
                {
                    _isLeader = true;
                    await LeadAsync(leaderConnection, ct);
                }
                finally
                {
                    _isLeader = false;
                    await LeaderLock.ReleaseAsync(leaderConnection, _options.LeaderLockKey);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                break;
            }
            catch (NpgsqlException)
            {
                await Task.Delay(_options.LeaderRetryInterval, ct).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Brings every projection up to the current horizon; returns how many events were applied.</summary>
    public async Task<long> CatchUpAsync(CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            long applied = 0;
            foreach (var projection in projections) applied += await CatchUpAsync(projection, ct);
            return applied;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<long> CatchUpAsync(IProjection projection, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var schema = ProjectionSchemas.Live(projection.Name);
        var cursor = await ProjectionCheckpoints.LoadAsync(connection, projection.Name, ct);
        long applied = 0;
        while (true)
        {
            var batch = await LedgerEventStore.ReadLogAsync(connection, cursor, _options.BatchSize, ct);
            if (batch.Count == 0) return applied;
            await using (var tx = await connection.BeginTransactionAsync(ct))
            {
                await projection.ApplyAsync(new ProjectionContext(connection, tx, schema), batch, ct);
                cursor = batch[^1].Cursor;
                await ProjectionCheckpoints.SaveAsync(connection, tx, projection.Name, cursor, schema, ct);
                await tx.CommitAsync(ct);
            }
            applied += batch.Count;
            if (batch.Count < _options.BatchSize) return applied;
        }
    }

    /// <summary>Rebuilds one async projection from zero into a fresh schema and swaps it in; the daemon pauses it meanwhile.</summary>
    public async Task RebuildAsync(string projectionName, CancellationToken ct = default)
    {
        var projection = projections.SingleOrDefault(p => p.Name == projectionName)
            ?? throw new ArgumentException($"No async projection named '{projectionName}'.", nameof(projectionName));
        await _gate.WaitAsync(ct);
        try
        {
            await new ProjectionRebuilder(dataSource, _options.BatchSize).RebuildAsync(projection, ProjectionLifecycle.Async, ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task LeadAsync(NpgsqlConnection leaderConnection, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            await CatchUpAsync(ct);
            await Task.Delay(_options.PollInterval, ct);
            // Leadership lives in this session: if the connection broke, this throws and the loop starts over.
            await using var alive = new NpgsqlCommand("SELECT 1", leaderConnection);
            await alive.ExecuteScalarAsync(ct);
        }
    }
}
