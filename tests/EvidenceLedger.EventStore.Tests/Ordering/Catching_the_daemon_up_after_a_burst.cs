using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Connections;
using EvidenceLedger.EventStore.MartenStorage;
using EvidenceLedger.EventStore.Tests.Support;
using EvidenceLedger.Testing;
using JasperFx;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EvidenceLedger.EventStore.Tests.Ordering;

/// <summary>
/// Right after a burst of appends the planner's statistics still describe a small events table. Marten's async daemon
/// must then still read each page along the primary key and stop at the page's limit, not read and sort the whole rest
/// of the log for every page (which made a new cluster's daemon five times slower).
/// </summary>
public sealed class Catching_the_daemon_up_after_a_burst(LedgerDatabase database) : StoreTestBase(database)
{
    private const int PageSize = 2000;

    [Fact]
    public async Task On_the_daemons_connections_every_page_is_read_along_the_index_even_when_the_statistics_are_stale()
    {
        // A burst into a table autovacuum has not analyzed yet, as in a new database: the planner has no statistics for it.
        await AdminExecute("ALTER TABLE ledger.mt_events SET (autovacuum_enabled = false)");
        var store = Store();
        var floor = await AdminScalar<long>("SELECT coalesce(max(seq_id), 0) FROM ledger.mt_events");
        long last = 0;
        for (var i = 0; i < 20; i++)
            last = (await store.AppendAsync(TestEvents.StreamId("burst"), ExpectedVersion.NoStream, TestEvents.Many(1000), TestEvents.By())).LastPosition;

        // The precondition: on ordinary connections the stale statistics make the daemon sort each page's whole range.
        var ordinary = await PagePlansAsync("ordinary", Database.AdminConnectionString, floor, last);
        Assert.Contains(ordinary, plan => plan.Contains("Sort", StringComparison.Ordinal));

        var daemons = await PagePlansAsync("daemons", LedgerDataSource.DaemonConnectionString(Database.AdminConnectionString), floor, last);
        Assert.NotEmpty(daemons);
        Assert.All(daemons, plan =>
        {
            Assert.Contains("Index Scan using pkey_mt_events_seq_id", plan, StringComparison.Ordinal);
            Assert.DoesNotContain("Sort", plan, StringComparison.Ordinal);
        });
    }

    /// <summary>
    /// The plans of the daemon's page queries as it catches a new subscription up from <paramref name="floor"/> to
    /// <paramref name="last"/>, on connections to <paramref name="connectionString"/>.
    /// </summary>
    private static async Task<List<string>> PagePlansAsync(string subscriptionName, string connectionString, long floor, long last)
    {
        var explained = new NpgsqlConnectionStringBuilder(connectionString);
        explained.Options = $"{explained.Options} -c session_preload_libraries=auto_explain -c auto_explain.log_min_duration=0 -c auto_explain.log_level=notice".Trim();
        var builder = new NpgsqlDataSourceBuilder(explained.ConnectionString);
        builder.UseNodaTime();
        // Npgsql logs each notice the server sends; auto_explain sends each plan as one.
        var log = new RecordingLogger();
        builder.UseLoggerFactory(new OneLoggerFactory(log));
        await using var dataSource = builder.Build();

        var subscription = new EventsSeen(subscriptionName, floor);
        using (var store = DocumentStore.For(options =>
               {
                   options.Connection(dataSource);
                   LedgerMarten.Configure(options, TimeProvider.System, AutoCreate.None);
                   options.Events.MapEventType<ThingHappened>("thing_happened");
                   options.Projections.AsyncMode = DaemonMode.Solo;
                   options.Events.Subscribe(subscription);
               }))
        {
            using var daemon = await store.BuildProjectionDaemonAsync();
            await daemon.StartAllAsync();
            await daemon.Tracker.WaitForShardState(new ShardName(subscriptionName), last, TimeSpan.FromMinutes(1));
            await daemon.StopAllAsync();
        }
        return log.Lines.Where(plan => plan.StartsWith("Received notice:", StringComparison.Ordinal) && plan.Contains("order by d.seq_id limit", StringComparison.Ordinal)).ToList();
    }

    private sealed class ThingHappened;

    private sealed class OneLoggerFactory(ILogger logger) : ILoggerFactory
    {
        public ILogger CreateLogger(string categoryName) => logger;

        public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

        public void Dispose() { }
    }

    private sealed class EventsSeen : SubscriptionBase
    {
        public EventsSeen(string name, long floor)
        {
            Name = name;
            IncludeType<ThingHappened>();
            Options.BatchSize = PageSize;
            Options.SubscribeFromSequence(floor);
        }

        public override Task<IChangeListener> ProcessEventsAsync(EventRange page, ISubscriptionController controller, IDocumentOperations operations,
            CancellationToken cancellationToken) => Task.FromResult(NullChangeListener.Instance);
    }
}
