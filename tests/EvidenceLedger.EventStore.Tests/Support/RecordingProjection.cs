using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.EventStore.Reading;

namespace EvidenceLedger.EventStore.Tests.Support;

/// <summary>Keeps in memory every event it is handed, as it was handed: what a projection sees of the log.</summary>
internal sealed class RecordingProjection(string name) : IProjection
{
    public string Name => name;

    public List<StoredEvent> Seen { get; } = [];

    public Task CreateTablesAsync(ProjectionContext context, CancellationToken ct) => Task.CompletedTask;

    public Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct)
    {
        Seen.AddRange(events);
        return Task.CompletedTask;
    }
}
