using System.Threading.RateLimiting;

namespace EvidenceLedger.Server.Evidence.Replaying;

/// <summary>
/// How many replays over many streams (the incident and source lists as of a past instant or position) run at once.
/// Each reads the whole log up to that point, so a few auditors looping them would otherwise take the database from
/// everyone; beyond the limit a request is refused at once with 429 and <c>Retry-After</c>, never queued behind them.
/// <c>Ledger:ReplayConcurrency</c> (default 2).
/// </summary>
public sealed class ReplayLimiter(IConfiguration configuration) : IDisposable
{
    public const int RetryAfterSeconds = 2;

    private readonly ConcurrencyLimiter _limiter = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Math.Max(1, configuration.GetValue("Ledger:ReplayConcurrency", 2)),
        QueueLimit = 0,
    });

    /// <summary>A permit to dispose when the replay is done; throws <see cref="ReplayBusyException"/> when none is free.</summary>
    public RateLimitLease Enter()
    {
        var lease = _limiter.AttemptAcquire();
        if (lease.IsAcquired) return lease;
        lease.Dispose();
        throw new ReplayBusyException();
    }

    public void Dispose() => _limiter.Dispose();
}

public sealed class ReplayBusyException() : Exception("Too many replays of the past are running; try again shortly.");
