using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.Server.Hosting;

namespace EvidenceLedger.Server.Projections;

/// <summary>
/// Rebuilds projections with <see cref="ProjectionRebuilder"/> (as the owner role) and records the definition each was rebuilt under, so that
/// one whose definition changed is rebuilt at the next start without anyone remembering to. Rebuilds of every process
/// take turns under one advisory lock: two servers starting together rebuild a changed projection once.
/// </summary>
public sealed class ProjectionRebuilds(LedgerDatabase database, IEnumerable<ProjectionRegistration> registrations)
{
    private const long RebuildLockKey = 0x4C45444745520300;

    public IReadOnlyList<ProjectionRegistration> Registrations { get; } = [.. registrations.OrderBy(r => r.Name, StringComparer.Ordinal)];

    /// <summary>
    /// Rebuilds each of <paramref name="which"/>, or with <paramref name="onlyChanged"/> each whose recorded definition differs
    /// from its definition now (or was never recorded). An async projection must not be caught up meanwhile: the caller
    /// holds the daemon's leadership.
    /// </summary>
    public async Task<IReadOnlyList<RebuiltProjection>> RebuildAsync(IEnumerable<ProjectionRegistration> which, bool onlyChanged, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(which);
        var dataSource = database.DataSource;
        var rebuilt = new List<RebuiltProjection>();
        await using var turn = await SessionAdvisoryLock.AcquireAsync(dataSource, RebuildLockKey, ct);
        foreach (var registration in which)
        {
            var definition = await ProjectionDefinition.OfAsync(database.Owner.DataSource, registration, ct);
            var recorded = await RecordedDefinitions.LoadAsync(dataSource, registration.Name, ct);
            if (onlyChanged && recorded == definition) continue;
            var counted = new CountingEvents(registration.Projection);
            await new ProjectionRebuilder(database.Owner).RebuildAsync(counted, registration.Lifecycle, ct);
            await RecordedDefinitions.SaveAsync(dataSource, registration.Name, definition, counted.Events, ct);
            rebuilt.Add(new RebuiltProjection(registration.Name, registration.Lifecycle, counted.Events, Why(recorded, definition, onlyChanged)));
        }
        return rebuilt;
    }

    /// <summary>The async daemon's leadership, so no process catches an async projection up while it is rebuilt; null while a server leads.</summary>
    public Task<SessionAdvisoryLock?> TryLeadDaemonAsync(CancellationToken ct) =>
        SessionAdvisoryLock.TryAcquireAsync(database.DataSource, new DaemonOptions().LeaderLockKey, ct);

    private static string Why(ProjectionDefinition? recorded, ProjectionDefinition now, bool onlyChanged) => recorded switch
    {
        _ when !onlyChanged => "asked for",
        null => "no definition was recorded",
        _ when recorded.Version != now.Version => $"its version changed from {recorded.Version} to {now.Version}",
        _ => "its tables changed",
    };
}
