using EvidenceLedger.EventStore.Reading;

namespace EvidenceLedger.EventStore.Projections;

/// <summary>
/// A read model kept in its own PostgreSQL schema (<see cref="ProjectionContext.Schema"/>), so that a rebuild can
/// fill a fresh schema and swap it in. Registered inline (same transaction as the append) or async (the daemon).
/// </summary>
public interface IProjection
{
    /// <summary>Stable name: lower-case letters, digits and underscores.</summary>
    string Name { get; }

    /// <summary>Creates the projection's tables in <see cref="ProjectionContext.Schema"/>, which already exists.</summary>
    Task CreateTablesAsync(ProjectionContext context, CancellationToken ct);

    /// <summary>Applies events in log order. Must be deterministic: a rebuild replays the same events.</summary>
    Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct);
}
