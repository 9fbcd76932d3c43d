using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Tests.Support;
using EvidenceLedger.Testing;
using Npgsql;

namespace EvidenceLedger.EventStore.Tests.Reading;

/// <summary>
/// PostgreSQL compiles a query with LLVM once the planner's estimate passes jit_above_cost, and compiles it again on every
/// execution. A 10,000-event stream read is estimated past it, and spent 10 of its 33 ms in the database compiling. The
/// ledger's connections run without JIT; here the threshold is lowered to nothing so that any connection with JIT on
/// compiles even this small stream's read.
/// </summary>
public sealed class Reading_without_compiling_queries(LedgerDatabase database) : StoreTestBase(database)
{
    [Fact]
    public async Task A_stream_read_on_the_ledgers_connections_is_never_compiled()
    {
        var stream = TestEvents.StreamId("compiled");
        await Store().AppendAsync(stream, ExpectedVersion.NoStream, TestEvents.Many(100), TestEvents.By());

        await using (var plain = new NpgsqlConnection(Database.AppConnectionString))
        {
            await plain.OpenAsync();
            Assert.Contains("JIT:", await ExplainStreamReadAsync(plain, stream), StringComparison.Ordinal);
        }

        await using var ledger = await DataSource.OpenConnectionAsync();
        Assert.DoesNotContain("JIT", await ExplainStreamReadAsync(ledger, stream), StringComparison.Ordinal);
    }

    private static async Task<string> ExplainStreamReadAsync(NpgsqlConnection connection, string stream)
    {
        await using (var threshold = new NpgsqlCommand("SET jit_above_cost = 0", connection)) await threshold.ExecuteNonQueryAsync();
        await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE) SELECT * FROM ledger.events WHERE stream_id = $1 ORDER BY version", connection);
        explain.Parameters.Add(new NpgsqlParameter { Value = stream });
        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return string.Join('\n', lines);
    }
}
