using System.Diagnostics;
using EvidenceLedger.Server.Hosting;
using JasperFx.Events.Daemon;
using Marten;
using NodaTime;
using Npgsql;

namespace EvidenceLedger.Server.Projections;

/// <summary>
/// Marten's async daemon, run by the leader only (<see cref="Integrity.Integrating.MerkleLogLeaderService"/>): started
/// when a process takes the leadership, stopped when it loses it, so one daemon per database runs the async projections.
/// A rebuild empties an async projection and forgets its progress (<see cref="DocumentRebuilder"/>); the daemon, which
/// holds its progress in memory, is started again when it sees one, and replays the projection from the start.
/// The daemon runs on a store of its own, configured as the server's, on the daemon's connections
/// (<see cref="LedgerDatabase.DaemonDataSource"/>: no bitmap scans, so its pages are read along the index).
/// </summary>
public sealed class LeadersDaemon(LedgerDatabase database, IClock clock, ProjectionRebuilds rebuilds, ILogger<LeadersDaemon> logger) : IDisposable
{
    private readonly Lazy<DocumentStore> _store = new(() => DocumentStore.For(options => LedgerMartenHosting.Configure(options, database.DaemonDataSource, clock)));

    // The leader's round comes every 100 ms for the Merkle log's sake; a rebuild is rare and may wait this long to be seen.
    private static readonly TimeSpan RebuildCheckInterval = TimeSpan.FromSeconds(1);

    private IProjectionDaemon? _daemon;
    private Instant? _rebuiltAt;
    private readonly Stopwatch _sinceChecked = new();

    private IReadOnlyList<string> AsyncNames { get; } = [.. rebuilds.Documents.Where(d => d.IsAsync).Select(d => d.Name)];

    /// <summary>Starts the daemon, or starts it again when an async projection was rebuilt since it started.</summary>
    public async Task KeepRunningAsync(CancellationToken ct)
    {
        if (AsyncNames.Count == 0 || (_daemon is not null && _sinceChecked.Elapsed < RebuildCheckInterval)) return;
        var rebuiltAt = await LastRebuiltAtAsync(ct);
        _sinceChecked.Restart();
        if (_daemon is not null && rebuiltAt == _rebuiltAt) return;
        if (_daemon is not null)
        {
            logger.LogInformation("An async projection was rebuilt: the daemon starts again from its progress.");
            await StopAsync();
        }
        _rebuiltAt = rebuiltAt;
        var daemon = await _store.Value.BuildProjectionDaemonAsync();
        await daemon.StartAllAsync();
        _daemon = daemon;
    }

    /// <summary>Stops the daemon, if it runs: when the process stops leading.</summary>
    public async Task StopAsync()
    {
        if (_daemon is not { } daemon) return;
        _daemon = null;
        try
        {
            await daemon.StopAllAsync();
        }
        finally
        {
            daemon.Dispose();
        }
    }

    public void Dispose()
    {
        if (_store.IsValueCreated) _store.Value.Dispose();
    }

    private async Task<Instant?> LastRebuiltAtAsync(CancellationToken ct)
    {
        await using var command = database.DataSource.CreateCommand("SELECT max(rebuilt_at) FROM ledger.projection_definitions WHERE name = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = AsyncNames.ToArray() });
        return await command.ExecuteScalarAsync(ct) is Instant at ? at : null;
    }
}
