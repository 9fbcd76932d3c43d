using EvidenceLedger.EventStore.Reading;
using Npgsql;

namespace EvidenceLedger.Testing;

/// <summary>The complete log as a reader behind the fence sees it (docs/complete-ordering.md).</summary>
public static class SettledLog
{
    /// <summary>Every event of the complete log up to what <paramref name="fence"/> settles now, in position order.</summary>
    public static async Task<List<LogEntry>> ReadAsync(NpgsqlDataSource dataSource, LogFence fence)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        var settled = await fence.AdvanceAsync(connection, null);
        var log = new List<LogEntry>();
        var cursor = LogCursor.Start;
        while (true)
        {
            var batch = await CompleteLog.ReadAsync(connection, null, cursor, settled, 10_000);
            log.AddRange(batch);
            if (batch.Count < 10_000) return log;
            cursor = batch[^1].Cursor;
        }
    }

    /// <summary>Waits (at most 30 s) until the fence settles every event stored now.</summary>
    public static async Task WaitUntilSettledAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var newest = new NpgsqlCommand("SELECT coalesce(max(position), 0) FROM ledger.events", connection);
        var target = (long)(await newest.ExecuteScalarAsync())!;
        var fence = new LogFence();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await fence.AdvanceAsync(connection, null) < target)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The complete log's fence did not pass position {target} within 30 s.");
            await Task.Delay(5);
        }
    }
}
