using Npgsql;

namespace EvidenceLedger.EventStore.Connections;

/// <summary>The data source every ledger process reads and appends through.</summary>
public static class LedgerDataSource
{
    /// <summary>
    /// Pooled connections are not reset when returned: a reset (DISCARD ALL) throws away the cached plans of
    /// ledger.append_events, which then re-plans every statement on every append. Nothing here leaves session state
    /// behind; the one exception, a leader's advisory lock, is released explicitly (<see cref="LeaderLock"/>).
    /// </summary>
    public static NpgsqlDataSource Create(string connectionString) =>
        NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true });
}
