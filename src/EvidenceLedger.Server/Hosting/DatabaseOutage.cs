using System.Net.Sockets;
using Npgsql;

namespace EvidenceLedger.Server.Hosting;

/// <summary>Whether an exception means the database cannot be reached (stopped, restarting, connection lost), not that a request was wrong.</summary>
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
