using Npgsql;

namespace EvidenceLedger.EmbeddedPostgres;

internal static class ConnectionStrings
{
    public const string AdminRole = "ledger_admin";
    public const string AppRole = "ledger_app";

    public static string For(int port, string username, string password, string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = username,
            Password = password,
            Database = database,
            Pooling = true,
            MaxPoolSize = 50,
            // Npgsql redacts PostgreSQL's DETAIL unless told otherwise; the server is private to this machine, so its
            // details (which key a unique violation hit, say) are ours to see in logs.
            IncludeErrorDetail = true,
        }.ConnectionString;
}
