using System.CommandLine;
using EvidenceLedger.EventStore.Schema;

namespace EvidenceLedger.Server.CommandLine;

/// <summary>The one command-line program: <c>serve</c>, <c>bench</c>, and the auditors' and legal teams' tools.</summary>
public static class LedgerCommandLine
{
    /// <summary>Runs the program; a refusal the operator must act on is said in one paragraph, not a stack trace.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            return await Create().Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (EarlierLedgerFormatException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("Unhandled exception: " + e);
            return 1;
        }
    }

    public static RootCommand Create()
    {
        var root = new RootCommand("EvidenceLedger: an event-sourced evidence-chain ledger.");
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(LoadBenchCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(UsersCommand.Create());
        root.Subcommands.Add(RebuildCommand.Create());
        root.Subcommands.Add(CodegenCommand.Create());
        root.Subcommands.Add(VerifyCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(VerifyBundleCommand.Create());
        root.Subcommands.Add(WitnessCommand.Create());
        root.Subcommands.Add(Integrity.Benchmarking.IntegrityBenchCommand.Create());
        return root;
    }
}
