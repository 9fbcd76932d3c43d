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
}
