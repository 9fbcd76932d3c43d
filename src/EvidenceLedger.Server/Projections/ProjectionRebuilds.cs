using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.Server.Hosting;
using Marten;
using NodaTime;

namespace EvidenceLedger.Server.Projections;

/// <summary>
/// Rebuilds projections as the owner role — the ledger's table projections with <see cref="ProjectionRebuilder"/>, Marten's
/// document projections with <see cref="DocumentRebuilder"/> — and records the definition each was rebuilt under, so that
/// one whose definition changed is rebuilt at the next start without anyone remembering to. Rebuilds of every process
/// take turns under one advisory lock: two servers starting together rebuild a changed projection once.
/// </summary>
/// <param name="documentStore">The server's Marten, which names the document tables.</param>
public sealed class ProjectionRebuilds(LedgerDatabase database, IEnumerable<ProjectionRegistration> registrations,
    IEnumerable<DocumentProjection> documents, IDocumentStore documentStore, IClock clock)
{
    private const long RebuildLockKey = 0x4C45444745520300;

    public IReadOnlyList<ProjectionRegistration> Registrations { get; } = [.. registrations.OrderBy(r => r.Name, StringComparer.Ordinal)];

    public IReadOnlyList<DocumentProjection> Documents { get; } = [.. documents.OrderBy(d => d.Name, StringComparer.Ordinal)];

    /// <summary>Every projection's name, in order.</summary>
    public IReadOnlyList<string> Names => [.. Registrations.Select(r => r.Name).Concat(Documents.Select(d => d.Name)).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Rebuilds each of <paramref name="which"/>, or with <paramref name="onlyChanged"/> each whose recorded definition differs
    /// from its definition now (or was never recorded). An async projection must not be caught up meanwhile: the caller
    /// holds the daemon's leadership.
    /// </summary>
    public async Task<IReadOnlyList<RebuiltProjection>> RebuildAsync(IEnumerable<ProjectionRegistration> which, bool onlyChanged, CancellationToken ct) =>
        await RebuildAsync(which, [], onlyChanged, ct);

    /// <summary>The same for table projections and document projections alike, in the order of their names.</summary>
    public async Task<IReadOnlyList<RebuiltProjection>> RebuildAsync(IEnumerable<ProjectionRegistration> tables, IEnumerable<DocumentProjection> docs,
        bool onlyChanged, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(docs);
        var dataSource = database.DataSource;
        var rebuilt = new List<RebuiltProjection>();
        await using var turn = await SessionAdvisoryLock.AcquireAsync(dataSource, RebuildLockKey, ct);
        var steps = tables.Select(t => (t.Name, Rebuild: (Func<Task<RebuiltProjection?>>)(() => RebuildTablesAsync(t, onlyChanged, ct))))
            .Concat(docs.Select(d => (d.Name, Rebuild: (Func<Task<RebuiltProjection?>>)(() => RebuildDocumentsAsync(d, onlyChanged, ct)))))
            .OrderBy(step => step.Name, StringComparer.Ordinal);
        foreach (var step in steps)
            if (await step.Rebuild() is { } done) rebuilt.Add(done);
        return rebuilt;
    }

    /// <summary>The async daemon's leadership, so no process catches an async projection up while it is rebuilt; null while a server leads.</summary>
    public Task<SessionAdvisoryLock?> TryLeadDaemonAsync(CancellationToken ct) =>
        SessionAdvisoryLock.TryAcquireAsync(database.DataSource, new DaemonOptions().LeaderLockKey, ct);

    private async Task<RebuiltProjection?> RebuildTablesAsync(ProjectionRegistration registration, bool onlyChanged, CancellationToken ct)
    {
        var definition = await ProjectionDefinition.OfAsync(database.Owner.DataSource, registration, ct);
        var recorded = await RecordedDefinitions.LoadAsync(database.DataSource, registration.Name, ct);
        if (onlyChanged && recorded == definition) return null;
        var counted = new CountingEvents(registration.Projection);
        await new ProjectionRebuilder(database.Owner).RebuildAsync(counted, registration.Lifecycle, ct);
        await RecordedDefinitions.SaveAsync(database.DataSource, registration.Name, definition, counted.Events, ct);
        return new RebuiltProjection(registration.Name, registration.Lifecycle, counted.Events, Why(recorded, definition, onlyChanged));
    }

    private async Task<RebuiltProjection?> RebuildDocumentsAsync(DocumentProjection projection, bool onlyChanged, CancellationToken ct)
    {
        var table = DocumentRebuilder.TableOf(documentStore, projection.DocumentType);
        var definition = await ProjectionDefinition.OfTableAsync(database.Owner.DataSource, projection.Version, table, ct);
        var recorded = await RecordedDefinitions.LoadAsync(database.DataSource, projection.Name, ct);
        if (onlyChanged && recorded == definition) return null;
        // Marten as the owner, only when there is something to rebuild: the app role may not delete documents.
        using var owner = DocumentStore.For(options => LedgerMartenHosting.Configure(options, database.Owner.DataSource, clock));
        var events = await new DocumentRebuilder(database).RebuildAsync(owner, table, projection, ct);
        await RecordedDefinitions.SaveAsync(database.DataSource, projection.Name, definition, events, ct);
        return new RebuiltProjection(projection.Name, ProjectionLifecycle.Inline, events, Why(recorded, definition, onlyChanged));
    }

    private static string Why(ProjectionDefinition? recorded, ProjectionDefinition now, bool onlyChanged) => recorded switch
    {
        _ when !onlyChanged => "asked for",
        null => "no definition was recorded",
        _ when recorded.Version != now.Version => $"its version changed from {recorded.Version} to {now.Version}",
        _ => "its tables changed",
    };
}
