using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.EventStore.Reading;

namespace EvidenceLedger.Server.Projections;

/// <summary>The projection itself, counting the events a rebuild replays into it.</summary>
internal sealed class CountingEvents(IProjection projection) : IProjection
{
    public long Events { get; private set; }

    public string Name => projection.Name;

    public Task CreateTablesAsync(ProjectionContext context, CancellationToken ct) => projection.CreateTablesAsync(context, ct);

    public Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(events);
        Events += events.Count;
        return projection.ApplyAsync(context, events, ct);
    }
}
