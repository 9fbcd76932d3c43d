using System.Collections.Concurrent;
using EvidenceLedger.EventStore;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Integrity.Verification;
using NodaTime;

namespace EvidenceLedger.Server.Web.Ledger;

/// <summary>
/// Full verifications started from the pages, run in the background so the page can show progress while they run.
/// One runs at a time (a second request joins the running one); the most recent are kept in memory for their pages.
/// </summary>
public sealed class VerificationRuns(LedgerVerifier verifier, CheckpointSigner signer, LedgerEventStore store, IClock clock, IHostApplicationLifetime lifetime)
    : IDisposable
{
    private const int Kept = 20;
    private readonly ConcurrentDictionary<Guid, VerificationRun> _runs = new();
    private readonly SemaphoreSlim _starting = new(1, 1);

    public IReadOnlyList<VerificationRun> Recent => _runs.Values.OrderByDescending(run => run.StartedAt).ToList();

    public VerificationRun? Find(Guid id) => _runs.GetValueOrDefault(id);

    public async Task<VerificationRun> StartAsync(string startedBy, CancellationToken ct)
    {
        await _starting.WaitAsync(ct);
        try
        {
            if (_runs.Values.FirstOrDefault(run => !run.IsFinished) is { } running)
                return running;

            var eventsInLedger = await CountEventsAsync(ct);
            var options = new VerificationOptions { TrustedKey = signer.Verifier };
            // Not tied to the request: the auditor's page polls the run, and leaving it does not stop the check.
            var report = Task.Run(() => verifier.VerifyAsync(options, lifetime.ApplicationStopping), CancellationToken.None);
            var run = new VerificationRun(Guid.CreateVersion7(), startedBy, clock.GetCurrentInstant(), eventsInLedger, report);
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
