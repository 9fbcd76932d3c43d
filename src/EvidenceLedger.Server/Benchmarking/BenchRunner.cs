using System.Diagnostics;
using System.Text.Json;
using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Connections;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Replaying;
using EvidenceLedger.Server.Exporting.Benchmarking;
using NodaTime;
using Npgsql;

namespace EvidenceLedger.Server.Benchmarking;

/// <summary>Measures the ledger against plain Marten and plain INSERTs into a table of the same shape, on one PostgreSQL, in one run.</summary>
/// <param name="daemonDataSource">The same database through connections set up as the leader's daemon's (<see cref="LedgerDataSource.ForDaemon"/>).</param>
internal sealed class BenchRunner(NpgsqlDataSource dataSource, NpgsqlDataSource daemonDataSource, double scale, TextWriter output)
{
    private const string Payload = """{"statement":"more than 30 IS members have been killed","count":{"min":31},"place":"al-Bukamal"}""";
    private static readonly JsonElement PayloadElement = JsonDocument.Parse(Payload).RootElement.Clone();
    // The evidence types are mapped so that Marten reads the bench incident back typed, as time travel does.
    private readonly LedgerEventStore _store = new(dataSource, SystemClock.Instance, eventTypes: EvidenceEvents.Serializer.Registry);

    // Streams are named per run, so the bench can run again in the same configured database.
    private readonly string _run = Guid.NewGuid().ToString("N")[..12];

    private int Scaled(int count) => Math.Max(1, (int)(count * scale));

    public async Task<BenchResult> RunAsync(CancellationToken ct)
    {
        await RawTable.CreateAsync(dataSource, ct);
        using var marten = await PlainMarten.CreateAsync(dataSource);
        await WarmUpAsync(marten, ct);

        var (raw1, marten1, store1, _) = await SideBySide(1, Scaled(2000),
            (w, i) => RawTable.InsertAsync(dataSource, $"raw-1-{w}", i + 1, 1, Payload, ct),
            (w, i) => marten.AppendAsync($"{_run}/marten-1-{w}", i, 1, PayloadElement, ct),
            (w, i) => AppendAsync($"store-1-{w}", i, 1, ct));
        var (raw8, marten8, store8, ledgerVsMarten8) = await SideBySide(8, Scaled(1000),
            (w, i) => RawTable.InsertAsync(dataSource, $"raw-8-{w}", i + 1, 1, Payload, ct),
            (w, i) => marten.AppendAsync($"{_run}/marten-8-{w}", i, 1, PayloadElement, ct),
            (w, i) => AppendAsync($"store-8-{w}", i, 1, ct));
        output.WriteLine($"single-event appends measured ({raw1:F0}/{raw8:F0} raw, {marten1:F0}/{marten8:F0} plain Marten, {store1:F0}/{store8:F0} ledger per second)");
        var rawPrepared8 = await OpsPerSecond(8, Scaled(1000),
            (w, i) => RawTable.InsertAsync(dataSource, $"raw-prepared-8-{w}", i + 1, 1, Payload, ct, prepared: true));

        var (rawBatches, martenBatches, storeBatches, ledgerVsMartenBatch) = await SideBySide(1, Scaled(1000),
            (_, i) => RawTable.InsertAsync(dataSource, "raw-batch", (i * 100L) + 1, 100, Payload, ct),
            (_, i) => marten.AppendAsync($"{_run}/marten-batch", i * 100L, 100, PayloadElement, ct),
            (_, i) => AppendAsync("store-batch", i * 100L, 100, ct));
        var (rawBatch, martenBatch, storeBatch) = (100 * rawBatches, 100 * martenBatches, 100 * storeBatches);
        var rawPreparedBatch = 100 * await OpsPerSecond(1, Scaled(300),
            (_, i) => RawTable.InsertAsync(dataSource, "raw-prepared-batch", (i * 100L) + 1, 100, Payload, ct, prepared: true));
        output.WriteLine("100-event batches measured");
        // The appends' events go into the Merkle log now rather than in the middle of the replay's measurement.
        await IntegrateEverythingAsync(ct);

        var (replayMs, replayUnchainedMs, replayColdMs, heapAfterReplay) = await ReplayAsync(Scaled(10_000), ct);
        var replayIncidentMs = await ReplayIncidentAsync(Scaled(10_000), ct);
        output.WriteLine("10k-event stream replay measured");
        var (daemonRate, daemonEvents, heapAfterCatchUp) = await CatchUpAsync(Scaled(100_000), ct);
        var (merkleRate, merkleEvents) = await MerkleCatchUpAsync(Scaled(100_000), ct);

        return new BenchResult(raw1, raw8, store1, store8, store1 / raw1, store8 / raw8, rawBatch, storeBatch, storeBatch / rawBatch,
            rawPrepared8, store8 / rawPrepared8, rawPreparedBatch, storeBatch / rawPreparedBatch, replayMs, daemonRate, daemonEvents, heapAfterReplay, heapAfterCatchUp, Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0)
        {
            MartenAppend1WriterPerSecond = marten1,
            MartenAppend8WritersPerSecond = marten8,
            MartenBatch100EventsPerSecond = martenBatch,
            LedgerVsMartenAppend8Writers = ledgerVsMarten8,
            LedgerVsMartenBatch100 = ledgerVsMartenBatch,
            MartenVsRawAppend8Writers = marten8 / raw8,
            MartenVsRawBatch100 = martenBatch / rawBatch,
            MerkleCatchUpEventsPerSecond = merkleRate,
            MerkleCatchUpEvents = merkleEvents,
            ReplayIncident10kThroughMartenMs = replayIncidentMs,
            Replay10kBeforeIntegrationMs = replayUnchainedMs,
            Replay10kColdMs = replayColdMs,
        };
    }

    private async Task WarmUpAsync(PlainMarten marten, CancellationToken ct)
    {
        for (var i = 0; i < 50; i++)
        {
            await RawTable.InsertAsync(dataSource, "warm-raw", i + 1, 1, Payload, ct);
            await marten.AppendAsync($"{_run}/warm-marten", i, 1, PayloadElement, ct);
            await AppendAsync("warm-store", i, 1, ct);
        }
    }

    private Task<AppendResult> AppendAsync(string stream, long expected, int count, CancellationToken ct) =>
        _store.AppendAsync($"{_run}/{stream}", ExpectedVersion.Exactly(expected),
            Enumerable.Range(0, count).Select(_ => new EventToAppend(Guid.CreateVersion7(), BenchEvent.TypeName, PayloadElement)).ToList(),
            new AppendMetadata("bench", Guid.NewGuid()), ct);

    /// <summary>
    /// Raw, plain Marten and the ledger take turns, a tenth of the operations each time, so that a slow spell of the
    /// machine (fsync on a shared disk, a checkpoint, autovacuum) falls on all sides alike instead of on whichever ran
    /// during it; Marten and the ledger swap places every turn, so neither always runs after the other. The ledger's
    /// figure against Marten is the median of the turns' ratios: a stall of a few hundred milliseconds within one turn
    /// (the figures are commit-bound) moves one ratio of ten, not the whole figure.
    /// </summary>
    private static async Task<(double Raw, double Marten, double Ledger, double LedgerVsMarten)> SideBySide(int writers, int opsPerWriter,
        Func<int, int, Task> raw, Func<int, int, Task> marten, Func<int, int, Task> ledger)
    {
        const int turns = 10;
        TimeSpan rawTime = TimeSpan.Zero, martenTime = TimeSpan.Zero, ledgerTime = TimeSpan.Zero;
        var ratios = new List<double>(turns);
        var done = 0;
        for (var turn = 0; turn < turns; turn++)
        {
            var from = done;
            var until = opsPerWriter * (turn + 1) / turns;
            if (until == from) continue;
            rawTime += await Timed(writers, from, until, raw);
            TimeSpan martenTurn, ledgerTurn;
            if (turn % 2 == 0)
            {
                martenTurn = await Timed(writers, from, until, marten);
                ledgerTurn = await Timed(writers, from, until, ledger);
            }
            else
            {
                ledgerTurn = await Timed(writers, from, until, ledger);
                martenTurn = await Timed(writers, from, until, marten);
            }
            martenTime += martenTurn;
            ledgerTime += ledgerTurn;
            ratios.Add(martenTurn / ledgerTurn);
            done = until;
        }
        var ops = (double)writers * opsPerWriter;
        ratios.Sort();
        var median = (ratios[(ratios.Count - 1) / 2] + ratios[ratios.Count / 2]) / 2;
        return (ops / rawTime.TotalSeconds, ops / martenTime.TotalSeconds, ops / ledgerTime.TotalSeconds, median);
    }

    private static async Task<double> OpsPerSecond(int writers, int opsPerWriter, Func<int, int, Task> op) =>
        writers * opsPerWriter / (await Timed(writers, 0, opsPerWriter, op)).TotalSeconds;

    private static async Task<TimeSpan> Timed(int writers, int from, int until, Func<int, int, Task> op)
    {
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = from; i < until; i++) await op(w, i);
        })));
        return stopwatch.Elapsed;
    }

    /// <summary>
    /// A 10,000-event stream read back with every event's chain hash, median of 7: first before the Merkle log has taken
    /// it in (the read computes the hashes), then after (they are stored), as a running server's reads find it. Both are
    /// timed once the read's code is warm: the JIT compiles a method quickly first and optimizes it only after some 30
    /// calls, and the first reads measured 90-130 ms where warm ones took 50. The first 7 reads' median is the cold figure.
    /// Each is timed on a settled database (<see cref="SettleAsync"/>).
    /// </summary>
    private async Task<(double Ms, double UnchainedMs, double ColdMs, double HeapMb)> ReplayAsync(int events, CancellationToken ct)
    {
        const string stream = "replay-10k";
        for (var written = 0; written < events; written += 500)
            await AppendAsync(stream, written, Math.Min(500, events - written), ct);

        async Task Replay()
        {
            long count = 0, lastVersion = 0;
            await foreach (var e in _store.ReadStreamAsync($"{_run}/{stream}", ct: ct))
            {
                count++;
                lastVersion = e.Version;
            }
            if (count != events || lastVersion != events) throw new InvalidOperationException($"Replay read {count} events.");
        }

        await SettleAsync(ct);
        var coldMs = await MedianMsAsync(Replay);
        for (var read = 0; read < 30; read++) await Replay();
        var unchainedMs = await MedianMsAsync(Replay);
        await IntegrateEverythingAsync(ct);
        await SettleAsync(ct);
        var chainedMs = await MedianMsAsync(Replay);
        return (chainedMs, unchainedMs, coldMs, GC.GetTotalMemory(forceFullCollection: true) / 1048576.0);
    }

    /// <summary>
    /// A 10,000-event incident folded to its decision state as time travel and every command's decision read it: Marten
    /// reads the stream back typed (<see cref="EvidenceHistory"/>) and the domain's Evolve folds it. Median of 7.
    /// </summary>
    private async Task<double> ReplayIncidentAsync(int events, CancellationToken ct)
    {
        var incidentId = Guid.CreateVersion7();
        var stream = EvidenceStreams.Incident(incidentId);
        var version = 0L;
        foreach (var chunk in BenchIncident.Events(incidentId, Guid.CreateVersion7(), events).Chunk(500))
        {
            await _store.AppendAsync(stream, version == 0 ? ExpectedVersion.NoStream : ExpectedVersion.Exactly(version),
                EvidenceEvents.ToAppend(chunk), new AppendMetadata("bench", Guid.NewGuid()), ct);
            version += chunk.Length;
        }

        var history = new EvidenceHistory(_store);
        return await MedianMsAsync(async () =>
        {
            var (state, read) = await history.IncidentStateAsync(incidentId, ReadLimit.None, ct);
            if (read != events || !state.Exists) throw new InvalidOperationException($"The incident replay read {read} events.");
        });
    }

    /// <summary>
    /// Vacuums and analyzes the bench's database, then waits (up to a minute) until no autovacuum works in it: a timed
    /// read then neither shares the machine's two cores with the cleanup of what the bench wrote just before (autovacuum
    /// was seen working on the events table during the replay), nor runs on statistics that happen to be stale or fresh
    /// depending on when autovacuum last came by. Without the owner's rights (a configured database) VACUUM skips the
    /// tables with a warning, and the wait alone remains.
    /// </summary>
    private async Task SettleAsync(CancellationToken ct)
    {
        await using (var vacuum = dataSource.CreateCommand("VACUUM (ANALYZE)")) await vacuum.ExecuteNonQueryAsync(ct);
        await using var busy = dataSource.CreateCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker' AND datname = current_database()");
        var stopwatch = Stopwatch.StartNew();
        while ((long)(await busy.ExecuteScalarAsync(ct))! > 0 && stopwatch.Elapsed < TimeSpan.FromMinutes(1)) await Task.Delay(250, ct);
    }

    /// <summary>The median of 7 timed runs of <paramref name="replay"/>, in milliseconds.</summary>
    private static async Task<double> MedianMsAsync(Func<Task> replay)
    {
        var timings = new List<double>();
        for (var run = 0; run < 7; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            await replay();
            timings.Add(stopwatch.Elapsed.TotalMilliseconds);
        }
        timings.Sort();
        return timings[timings.Count / 2];
    }

    /// <summary>
    /// Marten's async daemon catching a small projection up over the events written to 50 streams. A first pass runs
    /// cold (the daemon's own code not yet compiled by the JIT; the other figures warm up before they measure too); the
    /// figure is then the median of three passes with the bench's tuning, each taking turns with one on Marten's defaults.
    /// </summary>
    private async Task<(double Rate, long Events, double HeapMb)> CatchUpAsync(int events, CancellationToken ct)
    {
        var (floor, last) = await AppendToFiftyStreamsAsync("catchup", events, ct);
        output.WriteLine($"{events} events written for the catch-up");

        var catchUp = new MartenDaemonCatchUp(daemonDataSource, floor, last, $"{_run}/catchup-");
        var cold = await catchUp.RunAsync(DaemonTuning.Bench, ct);
        List<CatchUpPass> tuned = [], defaults = [];
        for (var round = 0; round < 3; round++)
        {
            tuned.Add(await catchUp.RunAsync(DaemonTuning.Bench, ct));
            defaults.Add(await catchUp.RunAsync(DaemonTuning.MartenDefaults, ct));
        }
        var (tunedMedian, defaultsMedian) = (Median(tuned), Median(defaults));
        output.WriteLine($"Marten's daemon caught up {tunedMedian.Events} events at {tunedMedian.EventsPerSecond:F0}/s tuned, " +
            $"{defaultsMedian.EventsPerSecond:F0}/s on {DaemonTuning.MartenDefaults.Name} ({cold.EventsPerSecond:F0}/s tuned on its cold first pass)");
        return (tunedMedian.EventsPerSecond, tunedMedian.Events, GC.GetTotalMemory(forceFullCollection: true) / 1048576.0);
    }

    private static CatchUpPass Median(List<CatchUpPass> passes) => passes.OrderBy(pass => pass.EventsPerSecond).ElementAt(passes.Count / 2);

    /// <summary>
    /// <paramref name="events"/> events in appends of 1,000 to 50 streams named after <paramref name="prefix"/>, as a
    /// backlog builds up; the positions before the first and of the last.
    /// </summary>
    private async Task<(long Floor, long Last)> AppendToFiftyStreamsAsync(string prefix, int events, CancellationToken ct)
    {
        long floor = -1, last = 0;
        for (var written = 0; written < events; written += 1000)
        {
            var appended = await AppendAsync($"{prefix}-{written / 1000 % 50}", written / 1000 / 50 * 1000, Math.Min(1000, events - written), ct);
            if (floor < 0) floor = appended.Events.Min(e => e.Position) - 1;
            last = appended.LastPosition;
        }
        return (floor, last);
    }

    /// <summary>
    /// The Merkle log catching up, median of three passes as for the daemon: first over everything the bench wrote since
    /// the replay (the daemon's 100,000 events among them), then twice over <paramref name="events"/> more, written to 50
    /// streams in appends of 1,000 just before, as a backlog builds up while no leader runs. One pass is a second or two;
    /// a slow spell of the machine then decides the figure unless it falls on one pass of three.
    /// </summary>
    private async Task<(double Rate, long Events)> MerkleCatchUpAsync(int events, CancellationToken ct)
    {
        var passes = new List<CatchUpPass>();
        for (var pass = 0; pass < 3; pass++)
        {
            if (pass > 0) await AppendToFiftyStreamsAsync($"merkle-{pass}", events, ct);
            var (integrated, elapsed) = await IntegrateEverythingAsync(ct);
            passes.Add(new CatchUpPass(integrated, elapsed));
        }
        output.WriteLine($"the Merkle log caught up {string.Join(", ", passes.Select(p => $"{p.Events} events at {p.EventsPerSecond:F0}/s"))}");
        var median = Median(passes);
        return (median.EventsPerSecond, median.Events);
    }

    /// <summary>
    /// Integrates every event stored now; the time is the integrator's alone. An appending transaction still open (an
    /// autovacuum never holds the fence) would hold the log back for a moment, so it goes on until the last event is in.
    /// The last position is one look down the primary key: counting the events would read every page the integrator is
    /// about to read (setting their hint bits first), and took about a third of a pass's time, much of it in parallel workers.
    /// </summary>
    private async Task<(long Integrated, TimeSpan Elapsed)> IntegrateEverythingAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        LogCursor target;
        await using (var last = new NpgsqlCommand("SELECT coalesce(max(seq_id), 0) FROM ledger.mt_events", connection))
            target = new LogCursor((long)(await last.ExecuteScalarAsync(ct))!);
        using var integrator = new MerkleLogIntegrator(dataSource);
        var stopwatch = Stopwatch.StartNew();
        var integrated = await integrator.CatchUpAsync(ct);
        while (await LogCheckpoints.LoadAsync(connection, MerkleLogIntegrator.CheckpointName, ct) < target)
        {
            if (stopwatch.Elapsed > TimeSpan.FromMinutes(1))
                throw new InvalidOperationException($"The Merkle log did not reach {target} in a minute.");
            await Task.Delay(10, ct);
            integrated += await integrator.CatchUpAsync(ct);
        }
        return (integrated, stopwatch.Elapsed);
    }
}
