using System.Text.Json;
using EvidenceLedger.Testing.Server;
using System.Net.Http.Json;
using EvidenceLedger.Server.CommandLine;
using Microsoft.Extensions.Configuration;

namespace EvidenceLedger.Server.Tests.Integrity;

/// <summary>A changed event in a running server's database, caught and located by verify over HTTP and on the command line.</summary>
public sealed class Verifying_a_tampered_ledger(IntegrityServer server) : IClassFixture<IntegrityServer>
{
    [Fact]
    public async Task A_changed_payload_is_reported_with_its_position_stream_and_version_and_the_command_exits_1()
    {
        var appended = await server.AppendAsync("probe-tampered", 4);
        var saved = await server.IntegrateAndSignAsync();
        await server.TamperAsync("UPDATE ledger.events SET data = '{\"statement\":\"nothing happened\"}' WHERE event_id = $1", appended[2].EventId);

        using var auditor = await server.ClientFor("auditor");
        var report = (await auditor.VerifyLedgerAsync(new { savedCheckpoint = saved.Note })).Deserialize<ReportBody>(ReportBody.Json)!;
        Assert.False(report.Ok);
        var problem = Assert.Single(report.Problems);
        Assert.Equal("event_hash_mismatch", problem.Kind);
        Assert.Equal((appended[2].Position, "probe-tampered", 3L), (problem.Position!.Value, problem.StreamId!, problem.Version!.Value));

        using var output = new StringWriter();
        var json = new FileInfo(Path.Combine(server.DataDirectory, "report.json"));
        var exit = await VerifyCommand.RunAsync(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Ledger"] = server.AppConnectionString,
            ["Ledger:DataDirectory"] = server.DataDirectory,
        }).Build(), since: null, key: null, json, output, CancellationToken.None);

        Assert.Equal(VerifyCommand.ProblemsFound, exit);
        Assert.Contains($"PROBLEM event_hash_mismatch [position {appended[2].Position}, stream 'probe-tampered', version 3", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("FAILED: 1 problem(s) found.", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"event_hash_mismatch\"", await File.ReadAllTextAsync(json.FullName), StringComparison.Ordinal);
    }
}
