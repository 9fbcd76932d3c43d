using System.CommandLine;
using EvidenceLedger.EventStore.Connections;
using EvidenceLedger.Server.Benchmarking;
using Npgsql;

namespace EvidenceLedger.Server.CommandLine;

public static class BenchCommand
{
    public static Command Create()
    {
        var json = new Option<FileInfo?>("--json") { Description = "Also write the figures as JSON to this file." };
        var scale = new Option<double>("--scale") { Description = "Multiply every workload size (1 = the documented sizes).", DefaultValueFactory = _ => 1.0 };
        var command = new Command("bench", "Measure the store against raw INSERTs on the same PostgreSQL and print the ratios.") { json, scale };
        command.SetAction(async (parse, ct) =>
        {
            var configuration = new ConfigurationBuilder().AddJsonFile("appsettings.json", optional: true).AddEnvironmentVariables().Build();
            await using var database = await BenchDatabase.CreateAsync(configuration, ct);
            await using var dataSource = LedgerDataSource.Create(database.ConnectionString);
            var result = await new BenchRunner(dataSource, parse.GetValue(scale), Console.Out).RunAsync(ct);
            BenchReport.Print(result, Console.Out);
            if (parse.GetValue(json) is { } file) await BenchReport.WriteJsonAsync(result, file.FullName, ct);
            return 0;
        });
        return command;
    }
}
