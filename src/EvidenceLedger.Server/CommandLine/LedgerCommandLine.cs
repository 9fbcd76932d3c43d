using System.CommandLine;

namespace EvidenceLedger.Server.CommandLine;

/// <summary>The one command-line program: <c>serve</c>, <c>bench</c>, and the auditors' and legal teams' tools.</summary>
public static class LedgerCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("EvidenceLedger: an event-sourced evidence-chain ledger.");
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(VerifyCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(VerifyBundleCommand.Create());
        root.Subcommands.Add(WitnessCommand.Create());
        root.Subcommands.Add(Integrity.Benchmarking.IntegrityBenchCommand.Create());
        return root;
    }
}
