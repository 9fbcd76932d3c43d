using System.CommandLine;
using EvidenceLedger.EventStore.Connections;
using EvidenceLedger.Server.Benchmarking;

namespace EvidenceLedger.Server.CommandLine;

public static class BenchCommand
{
    public static Command Create()
    {
        var json = new Option<FileInfo?>("--json") { Description = "Also write the figures as JSON to this file." };
        var scale = new Option<double>("--scale") { Description = "Multiply every workload size (1 = the documented sizes).", DefaultValueFactory = _ => 1.0 };
        var command = new Command("bench", "Measure the ledger against plain Marten and raw INSERTs on the same PostgreSQL and print the ratios.") { json, scale };
        command.SetAction(async (parse, ct) =>
        {
            var configuration = CommandConfiguration.Load();
            await RunAsync(configuration, parse.GetValue(scale), parse.GetValue(json), Console.Out, ct);
            return 0;
        });
        return command;
    }

    public static async Task RunAsync(IConfiguration configuration, double scale, FileInfo? json, TextWriter output, CancellationToken ct)
    {
        await using var database = await BenchDatabase.CreateAsync(configuration, ct);
        await using var dataSource = LedgerDataSource.Create(database.ConnectionString);
        await using var daemonDataSource = LedgerDataSource.ForDaemon(database.ConnectionString);
        var result = await new BenchRunner(dataSource, daemonDataSource, scale, output).RunAsync(ct);
        BenchReport.Print(result, output);
        if (json is not null) await BenchReport.WriteJsonAsync(result, json.FullName, ct);
    }
}
