using Npgsql;

namespace EvidenceLedger.Server.Evidence.Common;

public static class SnapshotCommands
{
    /// <summary>
    /// A command on <paramref name="connection"/> when one is given, so it reads inside the snapshot of the transaction
    /// open there; otherwise on a pooled connection of its own.
    /// </summary>
    public static NpgsqlCommand CommandOn(this NpgsqlDataSource dataSource, NpgsqlConnection? connection, string sql) =>
        connection is null ? dataSource.CreateCommand(sql) : new NpgsqlCommand(sql, connection);
}
