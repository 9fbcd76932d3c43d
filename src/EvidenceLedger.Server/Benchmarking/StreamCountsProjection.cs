using JasperFx.Events;
using Marten.Events.Aggregation;

namespace EvidenceLedger.Server.Benchmarking;

/// <summary>The catch-up's small real projection: Marten's async daemon folds each bench stream into its <see cref="StreamCount"/>.</summary>
public sealed partial class StreamCountsProjection : SingleStreamProjection<StreamCount, string>
{
    public const string ProjectionName = "bench_stream_counts";

    public StreamCountsProjection()
    {
        Name = ProjectionName;
        // Declared, so the daemon's event query asks for bench events only and skips everything else in the store.
        IncludeType<BenchEvent>();
    }

    public override StreamCount? Evolve(StreamCount? snapshot, string id, IEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        snapshot ??= new StreamCount { Id = id };
        snapshot.Events++;
        snapshot.LastVersion = e.Version;
        return snapshot;
    }
}
