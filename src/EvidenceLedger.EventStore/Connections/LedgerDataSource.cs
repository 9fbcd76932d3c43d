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
    /// </summary>
    public static NpgsqlDataSource Create(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString);
        builder.UseNodaTime();
        return builder.Build();
    }

    /// <summary>
    /// For Marten's async daemon: the same, with sorting disabled for the planner. The daemon reads a page of events as
    /// <c>seq_id &gt; floor AND seq_id &lt;= ceiling ORDER BY seq_id LIMIT page</c>; right after a burst of appends, before
    /// autovacuum has analyzed <c>mt_events</c>, the planner expected a few hundred rows there and read and sorted the
    /// whole range for every page (a fresh cluster's daemon caught up 100,000 events at 6,000-21,000 events/s instead of
    /// about 100,000). Without a sort, reading the primary key in order and stopping at the page is the only plan left;
    /// the daemon's other statements (progress, upserts by id) sort nothing. The complete log's reader does the same
    /// through <c>ledger.complete_log_batch</c>.
    /// </summary>
    public static NpgsqlDataSource ForDaemon(string connectionString) =>
        Create(new NpgsqlConnectionStringBuilder(connectionString) { Options = "-c enable_sort=off" }.ConnectionString);
}
