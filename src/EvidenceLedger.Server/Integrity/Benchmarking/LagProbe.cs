using System.Diagnostics;
using EvidenceLedger.EventStore;
using Npgsql;

namespace EvidenceLedger.Server.Integrity.Benchmarking;

/// <summary>Appends a marker event now and then and times how long after its commit it becomes a leaf of the Merkle log.</summary>
internal sealed class LagProbe(LedgerEventStore store, NpgsqlDataSource dataSource)
{
    public async Task<List<double>> RunAsync(CancellationToken stop)
    {
        var lags = new List<double>();
        while (!stop.IsCancellationRequested)
        {
            var appended = await PacedWriters.AppendAsync(store, "lag-probe", 1, CancellationToken.None);
            var committed = Stopwatch.StartNew();
            await using var command = dataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM ledger.mt_events e JOIN ledger.merkle_leaves l ON l.position = e.seq_id WHERE e.id = $1)");
            command.Parameters.Add(new NpgsqlParameter { Value = appended.Events[0].EventId });
            while (!(bool)(await command.ExecuteScalarAsync(CancellationToken.None))!)
            {
                await Task.Delay(2, CancellationToken.None);
            }

            lags.Add(committed.Elapsed.TotalMilliseconds);
            await Task.Delay(50, CancellationToken.None);
        }

        return lags;
    }
}
