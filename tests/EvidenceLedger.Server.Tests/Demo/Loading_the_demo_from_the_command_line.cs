using System.Diagnostics;
using EvidenceLedger.Server.Tests.Hosting.Support;
using Npgsql;

namespace EvidenceLedger.Server.Tests.Demo;

/// <summary>`./ops/ledger demo` in a process of its own, as an operator runs it: the app is built but never started as a server.</summary>
public sealed class Loading_the_demo_from_the_command_line(SharedDatabase database) : IClassFixture<SharedDatabase>
{
    [Fact]
    public async Task The_demo_command_loads_the_demo_into_an_empty_ledger_and_exits_0()
    {
        var keys = Directory.CreateTempSubdirectory("ledger-demo-command-keys-");
        try
        {
            var (exit, output) = await RunAsync(database.ServerEnvironment("ledger-demo", keys.FullName, TimeSpan.FromSeconds(10)), "demo");

            Assert.True(exit == 0, output);
            Assert.Contains("Loaded the demo", output, StringComparison.Ordinal);
            await using var connection = new NpgsqlConnection(database.AdminConnectionString);
            await connection.OpenAsync();
            await using var incidents = new NpgsqlCommand("SELECT count(*) FROM ledger.mt_streams WHERE id LIKE 'incident-%'", connection);
            Assert.True((long)(await incidents.ExecuteScalarAsync())! >= 5);
        }
        finally
        {
            await EvidenceLedger.Testing.ScratchDirectory.DeleteAsync(keys);
        }
    }

    private static async Task<(int Exit, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = LedgerProgram.StartInfo(workingDirectory: null, arguments);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
