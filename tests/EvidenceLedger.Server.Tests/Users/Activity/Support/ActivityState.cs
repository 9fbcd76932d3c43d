using Npgsql;

namespace EvidenceLedger.Server.Tests.Users.Activity.Support;

/// <summary>
/// The async daemon's activity against the event log, read as the superuser: how far the daemon got, the log's last
/// position, and each actor's acts as the log holds them (by user id, else actor name) and as the daemon counted them.
/// </summary>
public sealed record ActivityState(long DaemonPosition, long LastPosition, IReadOnlyDictionary<string, long> InTheLog, IReadOnlyDictionary<string, long> Counted)
{
    // At or past: positions of appends that rolled back at the log's end count as passed once the daemon settles them.
    public bool CaughtUp => DaemonPosition >= LastPosition;

    public static async Task<ActivityState> ReadAsync(string adminConnectionString)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var positions = new NpgsqlCommand("""
            SELECT coalesce((SELECT last_seq_id FROM ledger.mt_event_progression WHERE name = 'activity:All'), 0),
                   (SELECT coalesce(max(seq_id), 0) FROM ledger.mt_events)
            """, connection);
        long daemon, last;
        await using (var reader = await positions.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            (daemon, last) = (reader.GetInt64(0), reader.GetInt64(1));
        }
        return new ActivityState(daemon, last,
            await CountsAsync(connection, "SELECT coalesce(headers->>'userId', user_name), count(*) FROM ledger.mt_events GROUP BY 1"),
            await CountsAsync(connection, "SELECT id, (data->>'acts')::bigint FROM ledger.mt_doc_actoractivity"));
    }

    private static async Task<IReadOnlyDictionary<string, long>> CountsAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync()) counts[reader.GetString(0)] = reader.GetInt64(1);
        return counts;
    }
}
