using System.Diagnostics;
using EvidenceLedger.EventStore;
using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Integrity.Verification;
using NodaTime;
using Npgsql;

namespace EvidenceLedger.Server.Integrity.Benchmarking;

/// <summary>
/// Measures the Merkle log on one PostgreSQL: (1) integration and commit-to-inclusion lag under a sustained write rate,
/// with the leader loop exactly as the server runs it; (2) catching up a backlog; (3) full verify of everything written;
/// (4) proof latency over a tree of a million synthetic leaves in a second database.
/// </summary>
internal sealed class IntegrityBench(double eventsPerSecond, TimeSpan sustained, int backlog, long proofTreeSize, TextWriter output)
{
    private readonly MerkleLogOptions _options = new();
    private readonly NoteSigner _key = NoteSigner.Generate("bench.evidence-ledger/log");

    public async Task<IntegrityBenchResult> RunAsync(NpgsqlDataSource events, NpgsqlDataSource proofs, CancellationToken ct)
    {
        var store = new LedgerEventStore(events, SystemClock.Instance);
        using var integrator = new MerkleLogIntegrator(events, _options);
        var signer = new CheckpointSigner(events, _key, SystemClock.Instance, _options);

        var sustainedFigures = await SustainAsync(store, events, integrator, signer, ct);
        output.WriteLine($"sustained {eventsPerSecond:N0} events/s for {sustained.TotalSeconds:N0} s measured");

        for (var written = 0; written < backlog; written += 100)
            await PacedWriters.AppendAsync(store, $"backlog-{written / 100 % 200}", 100, ct);
        var catchUp = Stopwatch.StartNew();
        var caughtUp = await integrator.CatchUpAsync(ct);
        var catchUpRate = caughtUp / catchUp.Elapsed.TotalSeconds;
        output.WriteLine($"catch-up of {caughtUp:N0} events measured");

        await signer.SignAsync(ct);
        var verifier = new LedgerVerifier(events);
        var options = new VerificationOptions { TrustedKey = signer.Verifier };
        var report = await verifier.VerifyAsync(options, ct);
        var heapAfterVerify = GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;
        output.WriteLine($"verify of {report.EventsChecked:N0} freshly written events measured ({(report.Ok ? "ok" : $"{report.ProblemCount} problems")})");
        // An auditor verifies a log written long before, which autovacuum has long since settled (hint bits, visibility map).
        await using (var vacuum = events.CreateCommand("VACUUM (ANALYZE) ledger.mt_events, ledger.merkle_leaves, ledger.merkle_nodes"))
        {
            vacuum.CommandTimeout = 0;
            await vacuum.ExecuteNonQueryAsync(ct);
        }

        var settled = await verifier.VerifyAsync(options, ct);
        output.WriteLine("verify of the settled log measured");

        await SyntheticLeaves.WriteAsync(proofs, proofTreeSize, ct);
        output.WriteLine($"{proofTreeSize:N0} synthetic leaves written");
        var (inclusion, consistency) = await ProofLatenciesAsync(new MerkleLog(proofs), ct);

        return sustainedFigures with
        {
            CatchUpEvents = caughtUp,
            CatchUpEventsPerSecond = catchUpRate,
            VerifiedEvents = report.EventsChecked,
            VerifyEventsPerSecond = report.EventsPerSecond,
            VerifySettledEventsPerSecond = settled.EventsPerSecond,
            VerifyOk = report.Ok && settled.Ok,
            ManagedHeapAfterVerifyMb = heapAfterVerify,
            ProofTreeSize = proofTreeSize,
            InclusionProofP50Ms = Percentiles.Of(inclusion, 50),
            InclusionProofP99Ms = Percentiles.Of(inclusion, 99),
            ConsistencyProofP50Ms = Percentiles.Of(consistency, 50),
            ConsistencyProofP99Ms = Percentiles.Of(consistency, 99),
        };
    }

    private async Task<IntegrityBenchResult> SustainAsync(LedgerEventStore store, NpgsqlDataSource dataSource, MerkleLogIntegrator integrator,
        CheckpointSigner signer, CancellationToken ct)
    {
        using var stopLeader = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var stopProbe = new CancellationTokenSource();
        long signed = 0;
        var leader = Task.Run(async () =>
        {
            while (!stopLeader.IsCancellationRequested)
            {
                await integrator.CatchUpAsync(ct);
                if (await signer.SignIfDueAsync(ct) is not null) signed++;
                await Task.Delay(_options.PollInterval, CancellationToken.None);
            }
        }, ct);
        var probe = new LagProbe(store, dataSource).RunAsync(stopProbe.Token);

        var stopwatch = Stopwatch.StartNew();
        var written = await new PacedWriters(store, eventsPerSecond).RunAsync("sustained", sustained, ct);
        var writing = stopwatch.Elapsed;
        await stopProbe.CancelAsync();
        var lags = await probe;
        var drain = Stopwatch.StartNew();
        var total = await CountEventsAsync(dataSource, ct);
        var log = new MerkleLog(dataSource);
        while (await log.TreeSizeAsync(ct) < total) await Task.Delay(1, ct);
        var drainMs = drain.Elapsed.TotalMilliseconds;
        await stopLeader.CancelAsync();
        await leader;

        return new IntegrityBenchResult(eventsPerSecond, writing.TotalSeconds, written / writing.TotalSeconds, total / stopwatch.Elapsed.TotalSeconds,
            lags.Count, Percentiles.Of(lags, 50), Percentiles.Of(lags, 99), lags.Count == 0 ? 0 : lags.Max(), drainMs, signed,
            0, 0, 0, 0, 0, false, 0, 0, 0, 0, 0, 0);
    }

    private static async Task<(List<double> Inclusion, List<double> Consistency)> ProofLatenciesAsync(MerkleLog log, CancellationToken ct)
    {
        var size = await log.TreeSizeAsync(ct);
        var random = new Random(42);
        var inclusion = new List<double>();
        var consistency = new List<double>();
        for (var i = 0; i < 2200; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            var proof = await log.InclusionProofAsync(random.NextInt64(size), size, ct);
            if (i >= 200) inclusion.Add(stopwatch.Elapsed.TotalMilliseconds);
            if (!proof.Verify().IsValid) throw new InvalidOperationException("An inclusion proof did not verify.");

            stopwatch.Restart();
            var from = random.NextInt64(1, size);
            var linked = await log.ConsistencyProofAsync(from, size, ct);
            if (i >= 200) consistency.Add(stopwatch.Elapsed.TotalMilliseconds);
            if (!linked.Verify().IsValid) throw new InvalidOperationException("A consistency proof did not verify.");
        }

        return (inclusion, consistency);
    }

    private static async Task<long> CountEventsAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM ledger.events");
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }
}
