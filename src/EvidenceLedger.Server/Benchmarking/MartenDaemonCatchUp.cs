using System.Diagnostics;
using EvidenceLedger.EventStore.MartenStorage;
using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Npgsql;

namespace EvidenceLedger.Server.Benchmarking;

/// <summary>
/// Marten's async daemon catching <see cref="StreamCountsProjection"/> up over the events after <paramref name="floor"/>,
/// as a host does after a while down: each pass starts the projection afresh and is timed from the daemon's start until
/// its progression reaches <paramref name="last"/>; it counts the events the projection actually took in.
/// </summary>
/// <param name="streamPrefix">The streams the events were written to, whose counts are summed.</param>
internal sealed class MartenDaemonCatchUp(NpgsqlDataSource dataSource, long floor, long last, string streamPrefix)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public async Task<CatchUpPass> RunAsync(DaemonTuning tuning, CancellationToken ct)
    {
        using var store = DocumentStore.For(options =>
        {
            options.Connection(dataSource);
            LedgerMarten.Configure(options, TimeProvider.System, AutoCreate.CreateOrUpdate);
            options.Events.MapEventType<BenchEvent>(BenchEvent.TypeName);
            options.Schema.For<StreamCount>().DatabaseSchemaName(PlainMarten.Schema);
            // The bench runs the daemon itself, in this process.
            options.Projections.AsyncMode = DaemonMode.Solo;
            options.Projections.Add(new StreamCountsProjection(), ProjectionLifecycle.Async, projection =>
            {
                projection.SubscribeFromSequence(floor);
                tuning.Configure(projection);
            });
        });
        await store.Storage.Database.EnsureStorageExistsAsync(typeof(StreamCount), ct);
        var shard = new ShardName(StreamCountsProjection.ProjectionName);
        await ((IEventDatabase)store.Storage.Database).DeleteProjectionProgressByShardNameAsync(shard.Identity, ct);
        await store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(StreamCount), ct);

        using var daemon = await store.BuildProjectionDaemonAsync();
        var stopwatch = Stopwatch.StartNew();
        await daemon.StartAllAsync();
        await daemon.Tracker.WaitForShardState(shard, last, Patience);
        var elapsed = stopwatch.Elapsed;
        await daemon.StopAllAsync();

        await using var session = store.QuerySession();
        var events = await session.Query<StreamCount>().Where(count => count.Id.StartsWith(streamPrefix)).SumAsync(count => count.Events, ct);
        return new CatchUpPass(events, elapsed);
    }
}
