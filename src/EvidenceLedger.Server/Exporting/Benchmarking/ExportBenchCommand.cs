using System.Globalization;
using System.CommandLine;
using EvidenceLedger.Server.Benchmarking;
using EvidenceLedger.Server.CommandLine;
using EvidenceLedger.Server.Hosting;

namespace EvidenceLedger.Server.Exporting.Benchmarking;

/// <summary>
/// <c>export bench [--events 1000]</c>: the export's time and size for one incident of that many events, measured in a
/// throw-away database with a throw-away signing key, so the ledger itself is never touched.
/// </summary>
public static class ExportBenchCommand
{
    public static Command Create()
    {
        var events = new Option<int>("--events") { Description = "Events in the incident exported.", DefaultValueFactory = _ => 1000 };
        var command = new Command("bench", "Measure exporting an incident of --events events (time, bundle size) and verifying its bundle.") { events };
        command.SetAction(async (parse, ct) =>
        {
            var configuration = CommandConfiguration.Load();
            await using var database = await BenchDatabase.CreateAsync(configuration, ct);
            var keys = Directory.CreateTempSubdirectory("ledger-export-bench-");
            try
            {
                await using var app = await LedgerApp.CreateAsync(["--urls", "http://127.0.0.1:0"], builder => builder.Configuration.AddInMemoryCollection(
                    new Dictionary<string, string?>
                    {
                        ["ConnectionStrings:Ledger"] = database.ConnectionString,
                        ["Ledger:DataDirectory"] = keys.FullName,
                        ["Logging:LogLevel:Default"] = "Warning",
                    }), ct);
                await app.StartAsync(ct);
                var result = await ExportBench.RunAsync(app.Services, parse.GetValue(events), Console.Out, ct);
                await app.StopAsync(ct);
                Print(result, Console.Out);
                return result.Verified ? 0 : 1;
            }
            finally
            {
                keys.Delete(recursive: true);
            }
        });
        return command;
    }

    private static void Print(ExportBenchResult result, TextWriter output)
    {
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(invariant, $"incident events:          {result.IncidentEvents} ({result.BundleEvents} in the bundle with its source's)"));
        output.WriteLine(string.Create(invariant, $"first export:             {result.FirstExportMs:N0} ms (integrating the log and signing a checkpoint included)"));
        output.WriteLine(string.Create(invariant, $"second export:            {result.SecondExportMs:N0} ms"));
        output.WriteLine(string.Create(invariant, $"bundle:                   {result.BundleBytes / 1024.0:N0} KiB zipped, {result.UncompressedBytes / 1024.0:N0} KiB unzipped (report.html {result.ReportBytes / 1024.0:N0} KiB)"));
        output.WriteLine(string.Create(invariant, $"verify-bundle:            {result.VerifyBundleMs:N0} ms, {(result.Verified ? "verified" : "FAILED")}"));
    }
}
