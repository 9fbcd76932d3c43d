using System.Globalization;
using System.Text.Json;

namespace EvidenceLedger.Server.Benchmarking;

internal static class BenchReport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Print(BenchResult r, TextWriter output)
    {
        var rows = new (string What, string Raw, string Store, string Ratio, string Target)[]
        {
            ("(a/b) single-event append, 1 writer (ops/s)", F(r.RawInsert1WriterPerSecond), F(r.Append1WriterPerSecond), P(r.Append1Ratio1Writer), ""),
            ("(a/b) single-event append, 8 writers (ops/s)", F(r.RawInsert8WritersPerSecond), F(r.Append8WritersPerSecond), P(r.Append1Ratio8Writers), ""),
            ("(c) 100-event batches (events/s)", F(r.RawBatch100EventsPerSecond), F(r.AppendBatch100EventsPerSecond), P(r.Batch100Ratio), ""),
            ("    the same, raw INSERTs prepared: 8 writers (ops/s)", F(r.RawInsertPrepared8WritersPerSecond), F(r.Append8WritersPerSecond), P(r.Append1Ratio8WritersVsPreparedRaw), ""),
            ("    the same, raw INSERTs prepared: batches (events/s)", F(r.RawBatch100PreparedEventsPerSecond), F(r.AppendBatch100EventsPerSecond), P(r.Batch100RatioVsPreparedRaw), ""),
            ("plain Marten vs raw: single-event append, 8 writers (ops/s)", F(r.RawInsert8WritersPerSecond), F(r.MartenAppend8WritersPerSecond), P(r.MartenVsRawAppend8Writers), ""),
            ("plain Marten vs raw: 100-event batches (events/s)", F(r.RawBatch100EventsPerSecond), F(r.MartenBatch100EventsPerSecond), P(r.MartenVsRawBatch100), ""),
            ("ledger vs plain Marten: single-event append, 8 writers", F(r.MartenAppend8WritersPerSecond), F(r.Append8WritersPerSecond), P(r.LedgerVsMartenAppend8Writers), ">= 85%"),
            ("ledger vs plain Marten: 100-event batches (events/s)", F(r.MartenBatch100EventsPerSecond), F(r.AppendBatch100EventsPerSecond), P(r.LedgerVsMartenBatch100), ">= 85%"),
            ("(d) replay of a 10,000-event stream (ms)", "", r.Replay10kMs.ToString("F1", CultureInfo.InvariantCulture), "", "< 100 ms"),
            ("    the same, before the Merkle log took it in (ms)", "", r.Replay10kBeforeIntegrationMs.ToString("F1", CultureInfo.InvariantCulture), "", ""),
            ("    its first 7 reads in this process, before both (ms)", "", r.Replay10kColdMs.ToString("F1", CultureInfo.InvariantCulture), "", ""),
            ("    a 10,000-event incident through Marten, folded (ms)", "", r.ReplayIncident10kThroughMartenMs.ToString("F1", CultureInfo.InvariantCulture), "", ""),
            ("(e) daemon catch-up (events/s)", "", F(r.DaemonEventsPerSecond), "", ">= 20,000"),
            ("(f) Merkle log catch-up (events/s)", "", F(r.MerkleCatchUpEventsPerSecond), "", ">= 100,000"),
        };
        output.WriteLine();
        output.WriteLine($"{"measure",-58} {"baseline",12} {"measured",12} {"ratio",10} {"target",10}");
        foreach (var row in rows) output.WriteLine($"{row.What,-58} {row.Raw,12} {row.Store,12} {row.Ratio,10} {row.Target,10}");
        output.WriteLine($"memory: managed heap {r.ManagedHeapAfterReplayMb:F1} MB after replay, {r.ManagedHeapAfterCatchUpMb:F1} MB after catching up {r.DaemonEvents} events; peak working set {r.PeakWorkingSetMb:F0} MB");
    }

    public static async Task WriteJsonAsync(BenchResult result, string path, CancellationToken ct) =>
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result, Json), ct);

    private static string F(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string P(double ratio) => ratio.ToString("P0", CultureInfo.InvariantCulture);
}
