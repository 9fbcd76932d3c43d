using EvidenceLedger.EventStore.Time;
using Npgsql;

namespace EvidenceLedger.EventStore.Reading;

internal static class ReadLimitSql
{
    /// <summary>A SQL condition (starting with AND, or empty) for the limit, adding its parameter to <paramref name="command"/>.</summary>
    public static string Condition(ReadLimit limit, NpgsqlCommand command)
    {
        switch (limit)
        {
            case ReadLimit.UpToVersion v:
                command.Parameters.Add(new NpgsqlParameter { Value = v.Version });
                return $" AND version <= ${command.Parameters.Count}";
            case ReadLimit.UpToInstant i:
                command.Parameters.Add(new NpgsqlParameter { Value = LedgerInstant.Truncate(i.Instant) });
                return $" AND recorded_at <= ${command.Parameters.Count}";
            case ReadLimit.UpToPosition p:
                command.Parameters.Add(new NpgsqlParameter { Value = p.Position });
                return $" AND position <= ${command.Parameters.Count}";
            default:
                return "";
        }
    }
}
