using System.Globalization;
using System.Text.Json;

namespace EvidenceLedger.Server.Integrity.Benchmarking;

internal static class IntegrityBenchReport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static void Print(IntegrityBenchResult r, TextWriter output)
    {
        var rows = new (string What, string Measured, string Target)[]
        {
            ($"events written while sustaining (events/s, target {F(r.TargetEventsPerSecond)})", F(r.WrittenEventsPerSecond), ""),
            ("events integrated while sustaining (events/s)", F(r.IntegratedEventsPerSecond), "keeps up"),
            ($"commit-to-inclusion lag p50 / p99 / max (ms, {r.LagSamples} samples)", $"{D(r.LagP50Ms)} / {D(r.LagP99Ms)} / {D(r.LagMaxMs)}", "< 1000"),
            ("backlog left when the writers stopped (ms to drain)", D(r.DrainAfterWritersStopMs), ""),
            ("checkpoints signed while sustaining", r.CheckpointsSignedWhileSustained.ToString(CultureInfo.InvariantCulture), ">= 1/min"),
            ($"catch-up of {F(r.CatchUpEvents)} events (events/s)", F(r.CatchUpEventsPerSecond), ""),
            ($"full verify of {F(r.VerifiedEvents)} events just written (events/s{(r.VerifyOk ? "" : ", FAILED")})", F(r.VerifyEventsPerSecond), ""),
            ("full verify of the same log once vacuumed (events/s)", F(r.VerifySettledEventsPerSecond), ">= 100,000"),
            ($"inclusion proof at {F(r.ProofTreeSize)} leaves p50 / p99 (ms)", $"{D(r.InclusionProofP50Ms)} / {D(r.InclusionProofP99Ms)}", "< 10"),
            ($"consistency proof at {F(r.ProofTreeSize)} leaves p50 / p99 (ms)", $"{D(r.ConsistencyProofP50Ms)} / {D(r.ConsistencyProofP99Ms)}", "< 10"),
        };
        output.WriteLine();
        output.WriteLine($"{"measure",-66} {"measured",22} {"target",10}");
        foreach (var row in rows) output.WriteLine($"{row.What,-66} {row.Measured,22} {row.Target,10}");
        output.WriteLine($"memory: managed heap {r.ManagedHeapAfterVerifyMb:F1} MB after verify");
    }

    public static async Task WriteJsonAsync(IntegrityBenchResult result, string path, CancellationToken ct) =>
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result, Json), ct);

    private static string F(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string D(double value) => value.ToString("F1", CultureInfo.InvariantCulture);
}
