using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using EvidenceLedger.EventStore.Connections;
using EvidenceLedger.Integrity.Verification;
using EvidenceLedger.Server.Integrity.Keys;
using EvidenceLedger.Server.Tests.Hosting.Support;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Xunit.Abstractions;

namespace EvidenceLedger.Server.Tests.Hosting;

/// <summary>
/// Two <c>serve</c> processes on one database: both serve requests, one leads the Merkle log, checkpoint signing and
/// Marten's async daemon; killed with SIGKILL, the leader is replaced by the other within 30 s, with every event
/// integrated exactly once and every act counted exactly once.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class Two_servers_on_one_database(SharedDatabase database, ITestOutputHelper log) : IClassFixture<SharedDatabase>
{
    private static readonly TimeSpan Handover = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan CheckpointInterval = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Killing_the_leader_hands_the_merkle_log_signing_and_the_daemon_to_the_other_within_30_s_with_every_event_taken_in_once()
    {
        var keys = Directory.CreateTempSubdirectory("ledger-two-servers-keys-");
        try
        {
            // One after the other: the first creates the shared keys, the second finds them.
            await using var first = await ServerProcess.StartAsync(database.ServerEnvironment("ledger-first", keys.FullName, CheckpointInterval));
            await using var second = await ServerProcess.StartAsync(database.ServerEnvironment("ledger-second", keys.FullName, CheckpointInterval));
            using var firstClient = first.Admin();
            using var secondClient = second.Admin();
            var acknowledged = new ConcurrentBag<Guid>();
            for (var i = 0; i < 5; i++)
            {
                acknowledged.Add(await RecordAsync(firstClient) ?? throw new InvalidOperationException("The first server refused a write."));
                acknowledged.Add(await RecordAsync(secondClient) ?? throw new InvalidOperationException("The second server refused a write."));
            }
            await WaitUntilAsync(async () => (await database.MerkleLogStateAsync()).EverythingIntegratedAndSigned, TimeSpan.FromSeconds(60));
            var leaderName = await database.MerkleLeaderAsync();
            Assert.True(leaderName is "ledger-first" or "ledger-second", $"The Merkle log's leader lock is held by '{leaderName}'.");
            var (leader, survivor, survivorName) = leaderName == "ledger-first" ? (first, secondClient, "ledger-second") : (second, firstClient, "ledger-first");
            var before = await database.MerkleLogStateAsync();

            using var stop = new CancellationTokenSource();
            var writer = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    if (await RecordAsync(survivor) is { } id) acknowledged.Add(id);
                    await Task.Delay(50);
                }
            });
            await WaitUntilAsync(() => Task.FromResult(acknowledged.Count >= 15), TimeSpan.FromSeconds(30));

            await leader.KillAsync();
            var killed = Stopwatch.StartNew();
            await WaitUntilAsync(async () => await database.MerkleLeaderAsync() == survivorName, Handover);
            var tookOver = killed.Elapsed;
            var afterHandover = acknowledged.Count;
            await WaitUntilAsync(() => Task.FromResult(acknowledged.Count >= afterHandover + 10), Handover - killed.Elapsed);
            await stop.CancelAsync();
            await writer;
            await WaitUntilAsync(async () => (await database.MerkleLogStateAsync()).EverythingIntegratedAndSigned, Handover - killed.Elapsed);
            var caughtUp = killed.Elapsed;
            await WaitUntilAsync(async () => (await database.ActivityStateAsync()).CaughtUp, Handover - killed.Elapsed);
            log.WriteLine($"The survivor held the leader lock {tookOver.TotalSeconds:0.0} s after the kill, had integrated and signed every event {caughtUp.TotalSeconds:0.0} s after it, and its daemon had counted every act {killed.Elapsed.TotalSeconds:0.0} s after it.");

            var after = await database.MerkleLogStateAsync();
            Assert.Equal((after.Events, after.Events, after.Events, 0L), (after.Leaves, after.DistinctLeafEvents, after.LeafIndexSpan, after.EventsWithoutLeaf));
            Assert.True(after.Events > before.Events, "No event was written after the kill.");
            Assert.True(after.Checkpoints > before.Checkpoints, "No checkpoint was signed after the kill.");
            var activity = await database.ActivityStateAsync();
            Assert.Equal(activity.InTheLog, activity.Counted);
            foreach (var id in acknowledged)
                Assert.Equal(HttpStatusCode.OK, (await survivor.GetAsync($"/api/incidents/{id}")).StatusCode);
            await using var dataSource = LedgerDataSource.Create(database.AdminConnectionString);
            var trusted = LedgerKeyFiles.LoadVerifier(new ConfigurationBuilder().AddInMemoryCollection([new("Ledger:DataDirectory", keys.FullName)]).Build());
            var report = await new LedgerVerifier(dataSource).VerifyAsync(new VerificationOptions { TrustedKey = trusted });
            Assert.True(report.Ok, string.Join("\n", report.Problems.Select(p => p.ToString())));
        }
        finally
        {
            await EvidenceLedger.Testing.ScratchDirectory.DeleteAsync(keys);
        }
    }

    /// <summary>The incident's id once the server answered 201; null when the server could not take it.</summary>
    private static async Task<Guid?> RecordAsync(HttpClient client)
    {
        var id = Guid.NewGuid();
        using var response = await client.PostAsJsonAsync("/api/incidents",
            new { id, title = $"Recorded beside another server {id:N}", occurred = "2015-11-18", place = new { name = "al-Bukamal" } });
        return response.StatusCode == HttpStatusCode.Created ? id : null;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan patience)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < patience, $"Not reached within {patience.TotalSeconds:0} s.");
            await Task.Delay(100);
        }
    }
}
