using System.Collections.Concurrent;
using EvidenceLedger.EventStore;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Integrity.Verification;
using NodaTime;

namespace EvidenceLedger.Server.Integrity.Verifying;

/// <summary>
/// Full verifications, run in the background so that pages and API clients follow them while they run. One runs at a
/// time: whole-ledger verification reads everything, and several at once would starve everyone else's requests. A
/// second request for the same verification joins the running one; one for another (a different saved checkpoint)
/// is told to come back. The most recent are kept in memory, and every finished run is recorded in the ledger
/// (<see cref="LedgerVerified"/>), where runs from before a restart are found.
/// </summary>
public sealed class VerificationRuns(LedgerVerifier verifier, CheckpointSigner signer, LedgerEventStore store, IClock clock, IHostApplicationLifetime lifetime,
    ILogger<VerificationRuns> logger) : IDisposable
{
    private const int Kept = 20;
    private readonly ConcurrentDictionary<Guid, VerificationRun> _runs = new();
    private readonly SemaphoreSlim _starting = new(1, 1);

    /// <summary>The run in progress, if any.</summary>
    public VerificationRun? Running => _runs.Values.FirstOrDefault(run => !run.IsFinished);

    /// <summary>The latest runs, this process's and those recorded before it started, newest first.</summary>
    public async Task<IReadOnlyList<VerificationRun>> RecentAsync(CancellationToken ct)
    {
        var recorded = new List<VerificationRun>();
        await using (var command = store.DataSource.CreateCommand(
            $"SELECT data::text, actor, recorded_at FROM ledger.events WHERE type = 'ledger_verified' ORDER BY position DESC LIMIT {Kept}"))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
                recorded.Add(FromRecord(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<Instant>(2)));
        }
        return _runs.Values.Concat(recorded.Where(run => !_runs.ContainsKey(run.Id)))
            .OrderByDescending(run => run.StartedAt).Take(Kept).ToList();
    }

    /// <summary>A run of this process, or one recorded in the ledger; null for an id no run had.</summary>
    public async Task<VerificationRun?> FindAsync(Guid id, CancellationToken ct)
    {
        if (_runs.GetValueOrDefault(id) is { } run) return run;
        await foreach (var stored in store.ReadStreamAsync(LedgerVerified.StreamOf(id), ct: ct))
            return FromRecord(stored.Data.GetRawText(), stored.Actor, stored.RecordedAt);
        return null;
    }

    private static VerificationRun FromRecord(string json, string actor, Instant recordedAt)
    {
        var verified = System.Text.Json.JsonSerializer.Deserialize<LedgerVerified>(json, LedgerVerified.Json)!;
        var run = new VerificationRun(verified.RunId, actor, verified.StartedAt, verified.EventsInLedger, verified.SavedCheckpoint, Task.FromResult(verified.Report));
        run.Finished(recordedAt);
        return run;
    }

    private async Task RecordAsync(Guid id, string startedBy, Instant startedAt, long eventsInLedger, string? savedCheckpoint, VerificationReport report)
    {
        try
        {
            var kept = report with { Problems = [.. report.Problems.Take(LedgerVerified.KeptProblems)] };
            await store.AppendAsync(LedgerVerified.StreamOf(id), EventStore.Appending.ExpectedVersion.NoStream,
                [LedgerVerified.Serializer.ToAppend(new LedgerVerified(id, startedAt, eventsInLedger, savedCheckpoint, kept))],
                new EventStore.Appending.AppendMetadata(startedBy, id, Reason: report.Ok ? "verified the whole ledger: it holds" : $"verified the whole ledger: {report.ProblemCount} problem(s)"),
                CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The report still stands in memory; only its record after a restart is lost.
            logger.LogWarning(e, "Could not record verification run {RunId} in the ledger.", id);
        }
    }

    /// <summary>The running verification when it is the same one, a new one when none runs, null when another one runs.</summary>
    public async Task<VerificationRun?> StartAsync(string startedBy, CancellationToken ct, string? savedCheckpoint = null)
    {
        await _starting.WaitAsync(ct);
        try
        {
            if (_runs.Values.FirstOrDefault(run => !run.IsFinished) is { } running)
                return running.SavedCheckpoint == savedCheckpoint ? running : null;

            var eventsInLedger = await CountEventsAsync(ct);
            var options = new VerificationOptions { TrustedKey = signer.Verifier, SavedCheckpoint = savedCheckpoint };
            // Not tied to the request: the auditor's page polls the run, and leaving it does not stop the check.
            var (id, startedAt) = (Guid.CreateVersion7(), clock.GetCurrentInstant());
            var report = Task.Run(async () =>
            {
                var finished = await verifier.VerifyAsync(options, lifetime.ApplicationStopping);
                await RecordAsync(id, startedBy, startedAt, eventsInLedger, savedCheckpoint, finished);
                return finished;
            }, CancellationToken.None);
            var run = new VerificationRun(id, startedBy, startedAt, eventsInLedger, savedCheckpoint, report);
            _ = report.ContinueWith(_ => run.Finished(clock.GetCurrentInstant()), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            _runs[run.Id] = run;
            Forget();
            return run;
        }
        finally
        {
            _starting.Release();
        }
    }

    public void Dispose() => _starting.Dispose();

    private async Task<long> CountEventsAsync(CancellationToken ct)
    {
        await using var command = store.DataSource.CreateCommand("SELECT count(*) FROM ledger.events");
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    private void Forget()
    {
        foreach (var old in _runs.Values.Where(run => run.IsFinished).OrderByDescending(run => run.StartedAt).Skip(Kept))
            _runs.TryRemove(old.Id, out _);
    }
}
