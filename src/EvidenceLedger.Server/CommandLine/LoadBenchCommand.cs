using System.CommandLine;
using System.Text.Json;
using EvidenceLedger.Server.Benchmarking;
using EvidenceLedger.Server.Benchmarking.Load;

namespace EvidenceLedger.Server.CommandLine;

public static class LoadBenchCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var json = new Option<FileInfo?>("--json") { Description = "Also write the figures as JSON to this file." };
        var seconds = new Option<double>("--seconds") { Description = "How long the auditors load the server (the documenter is first timed alone for half as long).", DefaultValueFactory = _ => 30 };
        var auditors = new Option<int>("--auditors") { Description = "How many auditors loop the heaviest reads.", DefaultValueFactory = _ => 6 };
        var command = new Command("bench-load",
            "Time a documenter's GET alone and while auditors loop whole-ledger verification and lists as of the past (p50/p95, target p95 < 50 ms).")
        {
            json, seconds, auditors,
        };
        command.SetAction(async (parse, ct) =>
        {
            await using var database = await BenchDatabase.CreateAsync(CommandConfiguration.Load(), ct);
            var result = await new LoadBench(database.ConnectionString, parse.GetValue(auditors), TimeSpan.FromSeconds(parse.GetValue(seconds)), Console.Out).RunAsync(ct);
            Print(result, Console.Out);
            if (parse.GetValue(json) is { } file) await File.WriteAllTextAsync(file.FullName, JsonSerializer.Serialize(result, Json), ct);
            return 0;
        });
        return command;
    }

    public static void Print(LoadBenchResult r, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine();
        output.WriteLine($"documenter's GET alone:                 p50 {r.DocumenterGetAloneP50Ms:F1} ms, p95 {r.DocumenterGetAloneP95Ms:F1} ms ({r.DocumenterGetsAlone} requests)");
        output.WriteLine($"documenter's GET with {r.Auditors} auditors looping: p50 {r.DocumenterGetP50Ms:F1} ms, p95 {r.DocumenterGetP95Ms:F1} ms, p99 {r.DocumenterGetP99Ms:F1} ms ({r.DocumenterGets} requests; target p95 < 50 ms)");
        output.WriteLine($"auditors: {r.AuditorVerifications} verifications, {r.AuditorListsOfThePast} lists as of the past, {r.AuditorRequestsRefused429} refused with 429");
    }
}
