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
/// is told to come back. The most recent are kept in memory.
/// </summary>
public sealed class VerificationRuns(LedgerVerifier verifier, CheckpointSigner signer, LedgerEventStore store, IClock clock, IHostApplicationLifetime lifetime)
    : IDisposable
{
    private const int Kept = 20;
    private readonly ConcurrentDictionary<Guid, VerificationRun> _runs = new();
    private readonly SemaphoreSlim _starting = new(1, 1);

    public IReadOnlyList<VerificationRun> Recent => _runs.Values.OrderByDescending(run => run.StartedAt).ToList();

    public VerificationRun? Find(Guid id) => _runs.GetValueOrDefault(id);

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
            var report = Task.Run(() => verifier.VerifyAsync(options, lifetime.ApplicationStopping), CancellationToken.None);
            var run = new VerificationRun(Guid.CreateVersion7(), startedBy, clock.GetCurrentInstant(), eventsInLedger, savedCheckpoint, report);
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
