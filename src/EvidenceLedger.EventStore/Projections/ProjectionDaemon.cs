using EvidenceLedger.EventStore.Connections;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.EventStore.Schema;
using Npgsql;

namespace EvidenceLedger.EventStore.Projections;

/// <summary>
/// Runs async projections from the complete log, like Marten's async daemon: one leader per database (a session
/// advisory lock), each projection's checkpoint written in the same transaction as its rows, so a restart resumes
/// exactly where the last commit left off. It polls: NOTIFY inside appends would serialize every writer's commit.
/// </summary>
/// <param name="owner">Rebuilds (<see cref="RebuildAsync"/>) make schemas, which only the owner role may.</param>
public sealed class ProjectionDaemon(NpgsqlDataSource dataSource, IReadOnlyList<IProjection> projections, DaemonOptions? options = null,
    SchemaOwner? owner = null) : IDisposable
{
    private readonly DaemonOptions _options = options ??= new DaemonOptions();
    private readonly LeaderLock _leader = new(dataSource, options.LeaderLockKey, options.PollInterval, options.LeaderRetryInterval);
    private readonly SemaphoreSlim _gate = new(1, 1);

    public bool IsLeader => _leader.IsHeld;

    public IReadOnlyList<IProjection> Projections => projections;

    /// <summary>Competes for leadership until cancelled; while leading, keeps every projection caught up with the log.</summary>
    public Task RunAsync(CancellationToken ct) =>
        _leader.RunAsync(async token => await CatchUpAsync(token), e => e is NpgsqlException, onRetry: null, ct);

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
            var rebuilder = new ProjectionRebuilder(owner ?? throw new InvalidOperationException("Rebuilding needs the schema's owner."), _options.BatchSize);
            await rebuilder.RebuildAsync(projection, ProjectionLifecycle.Async, ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
