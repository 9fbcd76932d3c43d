using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EvidenceLedger.Server.CommandLine;
using EvidenceLedger.Server.Hosting;
using EvidenceLedger.Server.Integrity.Benchmarking;
using EvidenceLedger.Server.Users;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace EvidenceLedger.Server.Benchmarking.Load;

/// <summary>
/// A documenter's GET of an incident, timed alone and then while auditors loop the heaviest reads (whole-ledger
/// verification, the incident and source lists as of the past) against the real server over HTTP, on the demo data set.
/// </summary>
internal sealed class LoadBench(string connectionString, int auditors, TimeSpan duration, TextWriter output)
{
    public async Task<LoadBenchResult> RunAsync(CancellationToken ct)
    {
        var home = Directory.CreateTempSubdirectory("ledger-load-bench-");
        try
        {
            await using var app = await LedgerApp.CreateAsync(["--urls", "http://127.0.0.1:0"], builder =>
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["ConnectionStrings:Ledger"] = connectionString,
                    ["Ledger:DataDirectory"] = home.FullName,
                    ["Ledger:BootstrapAdminToken"] = "elt_load-bench-admin",
                    ["Logging:LogLevel:Default"] = "Warning",
                }), ct);
            await app.StartAsync(ct);
            await DemoCommand.LoadAsync(app.Services, ct);
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            var accounts = app.Services.GetRequiredService<UserAccounts>();
            var documenter = await ClientAsync(accounts, address, "documenter", ct);
            var incident = (await documenter.GetFromJsonAsync<JsonElement>("/api/incidents?pageSize=1", ct)).GetProperty("items")[0].GetProperty("id").GetGuid();
            var documenterGet = $"/api/incidents/{incident}";

            output.WriteLine($"timing a documenter's GET {documenterGet} alone for {duration.TotalSeconds / 2:F0} s…");
            var alone = await TimeAsync(documenter, documenterGet, duration / 2, ct);

            output.WriteLine($"…and while {auditors} auditors loop verification and lists as of the past, for {duration.TotalSeconds:F0} s");
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var counts = new AuditorCounts();
            var auditorClients = new List<HttpClient>();
            for (var i = 0; i < auditors; i++) auditorClients.Add(await ClientAsync(accounts, address, "auditor", ct));
            var loops = auditorClients.Select((client, i) => Task.Run(() => AuditorLoopAsync(client, i, counts, stop.Token), CancellationToken.None)).ToList();
            var loaded = await TimeAsync(documenter, documenterGet, duration, ct);
            await stop.CancelAsync();
            await Task.WhenAll(loops);
            foreach (var client in auditorClients) client.Dispose();
            documenter.Dispose();
            await app.StopAsync(CancellationToken.None);

            return new LoadBenchResult(auditors, duration.TotalSeconds,
                Percentiles.Of(alone, 50), Percentiles.Of(alone, 95), alone.Count,
                Percentiles.Of(loaded, 50), Percentiles.Of(loaded, 95), Percentiles.Of(loaded, 99), loaded.Count,
                counts.Verifications, counts.Lists, counts.Refused);
        }
        finally
        {
            home.Delete(recursive: true);
        }
    }

    private static async Task<HttpClient> ClientAsync(UserAccounts accounts, Uri address, string role, CancellationToken ct)
    {
        var outcome = await accounts.RegisterAsync($"load {role} {Guid.NewGuid():N}"[..24], role, "system:load-bench", ct: ct);
        var client = new HttpClient { BaseAddress = address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", outcome.Token!.Token);
        return client;
    }

    private static async Task<List<double>> TimeAsync(HttpClient client, string path, TimeSpan duration, CancellationToken ct)
    {
        var samples = new List<double>();
        var until = Stopwatch.StartNew();
        while (until.Elapsed < duration)
        {
            var stopwatch = Stopwatch.StartNew();
            using var response = await client.GetAsync(path, ct);
            await response.Content.LoadIntoBufferAsync(ct);
            response.EnsureSuccessStatusCode();
            samples.Add(stopwatch.Elapsed.TotalMilliseconds);
            await Task.Delay(20, ct);
        }
        return samples;
    }

    /// <summary>One auditor: verification, then the incident and source lists as of a past instant, over and over; a 429 waits as told.</summary>
    private static async Task AuditorLoopAsync(HttpClient client, int index, AuditorCounts counts, CancellationToken stop)
    {
        var asOf = $"asOf={DateTimeOffset.UtcNow.AddSeconds(-index):yyyy-MM-ddTHH:mm:ssZ}";
        try
        {
            for (var round = 0; !stop.IsCancellationRequested; round++)
            {
                var path = ((round + index) % 3) switch { 0 => null, 1 => $"/api/incidents?{asOf}&pageSize=1000", _ => $"/api/sources?{asOf}" };
                using var response = path is null ? await client.PostAsync("/api/ledger/verify", null, stop) : await client.GetAsync(path, stop);
                await response.Content.LoadIntoBufferAsync(stop);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    counts.Refused++;
                    await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1), stop);
                }
                else if (path is null && response.Headers.Location is { } status)
                {
                    counts.Verifications++;
                    while ((await client.GetFromJsonAsync<JsonElement>(status, stop)).GetProperty("status").GetString() == "running")
                        await Task.Delay(200, stop);
                }
                else counts.Lists++;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private sealed class AuditorCounts
    {
        private long _verifications, _lists, _refused;

        public long Verifications { get => Interlocked.Read(ref _verifications); set => Interlocked.Exchange(ref _verifications, value); }
        public long Lists { get => Interlocked.Read(ref _lists); set => Interlocked.Exchange(ref _lists, value); }
        public long Refused { get => Interlocked.Read(ref _refused); set => Interlocked.Exchange(ref _refused, value); }
    }
}
