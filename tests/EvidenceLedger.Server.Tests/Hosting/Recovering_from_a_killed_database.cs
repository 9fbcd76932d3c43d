using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using EvidenceLedger.Server.Tests.Hosting.Support;

namespace EvidenceLedger.Server.Tests.Hosting;

/// <summary>The embedded PostgreSQL's postmaster killed under load: 503s meanwhile, never a 500, service back within 30 s, no acknowledged write lost.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class Recovering_from_a_killed_database
{
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Killing_the_postmaster_under_load_answers_503_then_recovers_with_every_acknowledged_write_kept()
    {
        await using var server = await ServerProcess.StartAsync();
        using var client = server.Admin();
        var acknowledged = new ConcurrentBag<Guid>();
        var statuses = new ConcurrentBag<HttpStatusCode>();
        using var stop = new CancellationTokenSource();

        var writers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var id = Guid.NewGuid();
                using var response = await client.PostAsJsonAsync("/api/incidents",
                    new { id, title = $"Recorded under load {id:N}", occurred = "2015-11-18", place = new { name = "al-Bukamal" } });
                statuses.Add(response.StatusCode);
                if (response.StatusCode == HttpStatusCode.Created) acknowledged.Add(id);
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable) Assert.NotNull(response.Headers.RetryAfter);
                await Task.Delay(20);
            }
        })).ToList();
        await WaitUntilAsync(() => acknowledged.Count >= 20, TimeSpan.FromSeconds(60));

        using (var kill = Process.Start("kill", ["-9", server.PostmasterPid().ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
        var killedAt = Stopwatch.StartNew();
        var sawOutage = false;
        while (true)
        {
            using var health = await client.GetAsync("/health");
            if (health.StatusCode == HttpStatusCode.ServiceUnavailable) sawOutage = true;
            if (health.StatusCode == HttpStatusCode.OK && sawOutage) break;
            Assert.True(killedAt.Elapsed < Recovery, $"/health still answers {(int)health.StatusCode} {killedAt.Elapsed.TotalSeconds:0} s after the postmaster was killed.");
            await Task.Delay(100);
        }
        var before = acknowledged.Count;
        await WaitUntilAsync(() => acknowledged.Count >= before + 20, Recovery);
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        Assert.DoesNotContain(statuses, status => (int)status >= 500 && status != HttpStatusCode.ServiceUnavailable);
        foreach (var id in acknowledged)
        {
            using var read = await client.GetAsync($"/api/incidents/{id}");
            Assert.True(read.StatusCode == HttpStatusCode.OK, $"The acknowledged incident {id} answers {(int)read.StatusCode}.");
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan patience)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < patience, $"Not reached within {patience.TotalSeconds:0} s.");
            await Task.Delay(50);
        }
    }
}
