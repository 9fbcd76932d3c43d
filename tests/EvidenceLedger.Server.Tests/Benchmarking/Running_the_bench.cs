using System.Text.Json;
using EvidenceLedger.Server.CommandLine;
using EvidenceLedger.Testing;
using Microsoft.Extensions.Configuration;

namespace EvidenceLedger.Server.Tests.Benchmarking;

/// <summary>The bench at a tiny scale: a check that it runs and writes its contract, not a measurement.</summary>
public sealed class Running_the_bench(LedgerDatabase database) : IClassFixture<LedgerDatabase>
{
    [Fact]
    public async Task It_writes_every_figure_and_runs_again_in_the_same_configured_database()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Ledger"] = database.AdminConnectionString,
        }).Build();
        var json = new FileInfo(Path.Combine(Path.GetTempPath(), $"bench-{Guid.NewGuid():N}.json"));
        try
        {
            for (var run = 0; run < 2; run++)
            {
                using var output = new StringWriter();
                await BenchCommand.RunAsync(configuration, scale: 0.01, json, output, CancellationToken.None);
                Assert.Contains("(e) daemon catch-up", output.ToString(), StringComparison.Ordinal);
            }

            using var figures = JsonDocument.Parse(await File.ReadAllTextAsync(json.FullName));
            foreach (var key in new[] { "append1Ratio8Writers", "batch100Ratio", "replay10kMs", "daemonEventsPerSecond", "append1Ratio8WritersVsPreparedRaw", "ledgerVsMartenAppend8Writers", "ledgerVsMartenBatch100", "martenVsRawAppend8Writers", "martenVsRawBatch100", "merkleCatchUpEventsPerSecond", "replayIncident10kThroughMartenMs", "replay10kColdMs" })
                Assert.True(figures.RootElement.GetProperty(key).GetDouble() > 0, key);
        }
        finally
        {
            json.Delete();
        }
    }
}
