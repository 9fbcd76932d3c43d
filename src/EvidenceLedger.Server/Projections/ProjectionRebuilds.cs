using EvidenceLedger.Server.Hosting;
using JasperFx.Events.Projections;
using Marten;
using NodaTime;

namespace EvidenceLedger.Server.Projections;

/// <summary>
/// Rebuilds Marten's document projections as the owner role (<see cref="DocumentRebuilder"/>) and records the definition
/// each was rebuilt under, so that one whose definition changed is rebuilt at the next start without anyone remembering
/// to. Rebuilds of every process take turns under one advisory lock: two servers starting together rebuild a changed
/// projection once.
/// </summary>
/// <param name="documentStore">The server's Marten, which names the document tables.</param>
public sealed class ProjectionRebuilds(LedgerDatabase database, IEnumerable<DocumentProjection> documents, IDocumentStore documentStore, IClock clock)
{
    private const long RebuildLockKey = 0x4C45444745520300;

    public IReadOnlyList<DocumentProjection> Documents { get; } = [.. documents.OrderBy(d => d.Name, StringComparer.Ordinal)];

    /// <summary>Every projection's name, in order.</summary>
    public IReadOnlyList<string> Names => [.. Documents.Select(d => d.Name)];

    /// <summary>
    /// Rebuilds each of <paramref name="which"/> in the order of their names, or with <paramref name="onlyChanged"/> each
    /// whose recorded definition differs from its definition now (or was never recorded).
    /// </summary>
    public async Task<IReadOnlyList<RebuiltProjection>> RebuildAsync(IEnumerable<DocumentProjection> which, bool onlyChanged, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(which);
        var rebuilt = new List<RebuiltProjection>();
        await using var turn = await SessionAdvisoryLock.AcquireAsync(database.DataSource, RebuildLockKey, ct);
        // Marten as the owner, only when there is something to rebuild (the app role may not delete documents), and once.
        DocumentStore? owner = null;
        try
        {
            foreach (var projection in which.OrderBy(d => d.Name, StringComparer.Ordinal))
            {
                if (await RebuildAsync(projection, onlyChanged, () => owner ??= OwnersMarten(), ct) is { } done) rebuilt.Add(done);
            }
        }
        finally
        {
            owner?.Dispose();
        }
        return rebuilt;
    }

    private DocumentStore OwnersMarten() => DocumentStore.For(options => LedgerMartenHosting.Configure(options, database.Owner.DataSource, clock));

    private async Task<RebuiltProjection?> RebuildAsync(DocumentProjection projection, bool onlyChanged, Func<DocumentStore> owner, CancellationToken ct)
    {
        var table = DocumentRebuilder.TableOf(documentStore, projection.DocumentType);
        var definition = await ProjectionDefinition.OfTableAsync(database.Owner.DataSource, projection.Version, table, ct);
        var recorded = await RecordedDefinitions.LoadAsync(database.DataSource, projection.Name, ct);
        if (onlyChanged && recorded == definition) return null;
        var events = await new DocumentRebuilder(database).RebuildAsync(owner(), table, projection, ct);
        await RecordedDefinitions.SaveAsync(database.DataSource, projection.Name, definition, events, ct);
        return new RebuiltProjection(projection.Name, projection.Lifecycle, events, Why(recorded, definition, onlyChanged));
    }

    private static string Why(ProjectionDefinition? recorded, ProjectionDefinition now, bool onlyChanged) => recorded switch
    {
        _ when !onlyChanged => "asked for",
        null => "no definition was recorded",
        _ when recorded.Version != now.Version => $"its version changed from {recorded.Version} to {now.Version}",
        _ => "its tables changed",
    };
}
