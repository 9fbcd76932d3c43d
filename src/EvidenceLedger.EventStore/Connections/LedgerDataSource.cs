using Npgsql;

namespace EvidenceLedger.EventStore.Connections;

/// <summary>The data source every ledger process reads and appends through.</summary>
public static class LedgerDataSource
{
    /// <summary>
    /// Pooled connections are not reset when returned: a reset (DISCARD ALL) throws away the cached plans of
    /// ledger.append_events (and the append's prepared statement), which then re-plans every statement on every append.
    /// Nothing else leaves session state behind: a leader's advisory lock is released explicitly (<see cref="LeaderLock"/>).
    /// Timestamps are read and written as NodaTime instants (Npgsql.NodaTime), at timestamptz's microsecond precision.
    /// JIT is off: PostgreSQL compiles a query with LLVM on every execution once its estimate passes jit_above_cost,
    /// which a read of a few thousand events does (a 10,000-event stream read spent 10.4 of its 33 ms in the database
    /// compiling), and the ledger's statements are reads along indexes that gain nothing from it.
    /// </summary>
    public static NpgsqlDataSource Create(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(WithSetting(connectionString, "jit=off")) { NoResetOnClose = true };
        var builder = new NpgsqlDataSourceBuilder(settings.ConnectionString);
        builder.UseNodaTime();
        return builder.Build();
    }

    /// <summary>
    /// For Marten's async daemon: the same, with bitmap scans disabled for the planner (<see cref="DaemonConnectionString"/>).
    /// </summary>
    public static NpgsqlDataSource ForDaemon(string connectionString) => Create(DaemonConnectionString(connectionString));

    /// <summary>
    /// The daemon reads a page of events as <c>seq_id &gt; floor AND seq_id &lt;= ceiling ORDER BY seq_id LIMIT page</c>.
    /// Right after a burst of appends, before autovacuum has analyzed <c>mt_events</c>, the planner expected a few hundred
    /// rows in that range and chose a bitmap scan: it read the whole rest of the log and sorted it for every page (a new
    /// cluster's first bench caught 100,000 events up at 17,000-24,000 events/s instead of about 100,000). Without bitmap
    /// scans, reading the primary key in order and stopping at the page's limit is the cheapest plan whatever the
    /// estimate. Disabling sorts instead (as <c>ledger.complete_log_batch</c> does for its one statement) made the bench's
    /// own test take minutes instead of seconds.
    /// </summary>
    public static string DaemonConnectionString(string connectionString) => WithSetting(connectionString, "enable_bitmapscan=off");

    /// <summary>The connection string with a server setting every session it opens starts with, after any it already has.</summary>
    private static string WithSetting(string connectionString, string setting)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = $"{builder.Options} -c {setting}".Trim();
        return builder.ConnectionString;
    }
}
