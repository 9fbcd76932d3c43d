using System.Net.Sockets;
using Npgsql;

namespace EvidenceLedger.Server.Hosting;

/// <summary>
/// Whether an exception means the database cannot take the request right now (stopped, restarting, connection lost, or
/// another server migrating Marten's schema), not that the request was wrong.
/// </summary>
public static class DatabaseOutage
{
    public static bool Caused(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // Class 57: operator intervention (shutdown, crash shutdown, cannot connect now); class 08: connection exceptions.
                case PostgresException postgres when postgres.SqlState.StartsWith("57P", StringComparison.Ordinal) || postgres.SqlState.StartsWith("08", StringComparison.Ordinal):
                    return true;
                // Marten's migration (run by a server starting beside this one) recreates its append function without the
                // owner's rights the ledger gives it back a moment later (docs/event-store.md): meanwhile an append is
                // refused, appends nothing, and succeeds when retried.
                case PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } postgres
                    when postgres.MessageText.Contains("mt_events", StringComparison.Ordinal):
                    return true;
                case PostgresException:
                    return false;
                case NpgsqlException { IsTransient: true }:
                case SocketException:
                    return true;
            }
        }
        return false;
    }
}
