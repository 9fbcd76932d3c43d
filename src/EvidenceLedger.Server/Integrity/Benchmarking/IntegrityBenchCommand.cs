using System.CommandLine;
using EvidenceLedger.EventStore.Connections;
using EvidenceLedger.Server.Benchmarking;
using EvidenceLedger.Server.CommandLine;
using Npgsql;

namespace EvidenceLedger.Server.Integrity.Benchmarking;

public static class IntegrityBenchCommand
{
    public static Command Create()
    {
        var json = new Option<FileInfo?>("--json") { Description = "Also write the figures as JSON to this file." };
        var rate = new Option<double>("--rate") { Description = "Sustained write rate in events/s.", DefaultValueFactory = _ => 5000 };
        var seconds = new Option<double>("--seconds") { Description = "How long to sustain the rate.", DefaultValueFactory = _ => 60 };
        var backlog = new Option<int>("--backlog") { Description = "Events written with the integrator stopped, then caught up.", DefaultValueFactory = _ => 200_000 };
        var leaves = new Option<long>("--proof-leaves") { Description = "Synthetic leaves in the tree the proofs are timed on.", DefaultValueFactory = _ => 1_000_000 };
        var command = new Command("bench-integrity",
            "Measure the Merkle log: integration and lag at a sustained rate, catch-up, full verify, and proof latency at a million leaves.")
        {
            json, rate, seconds, backlog, leaves,
        };
        command.SetAction(async (parse, ct) =>
        {
            var configuration = CommandConfiguration.Load();
            await using var eventsDatabase = await BenchDatabase.CreateAsync(configuration, ct);
            await using var proofsDatabase = await BenchDatabase.CreateAsync(configuration, ct);
            await using var events = LedgerDataSource.Create(eventsDatabase.ConnectionString);
            await using var proofs = LedgerDataSource.Create(proofsDatabase.ConnectionString);
            var bench = new IntegrityBench(parse.GetValue(rate), TimeSpan.FromSeconds(parse.GetValue(seconds)), parse.GetValue(backlog),
                parse.GetValue(leaves), Console.Out);
            var result = await bench.RunAsync(events, proofs, ct);
            IntegrityBenchReport.Print(result, Console.Out);
            if (parse.GetValue(json) is { } file) await IntegrityBenchReport.WriteJsonAsync(result, file.FullName, ct);
            return 0;
        });
        return command;
    }
}
