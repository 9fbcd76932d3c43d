using JasperFx.Events.Projections;

namespace EvidenceLedger.Server.Benchmarking;

/// <summary>
/// How the catch-up's projection runs in Marten's async daemon: tuned for the bench, or on Marten's defaults to compare.
/// Left at Marten's defaults on purpose: gap skipping on transaction evidence (without it the daemon skipped events held
/// back by slow transactions), advanced async tracking (extra tables and columns in the ledger's schema, for tracking
/// only) and the aggregate cache (a page touches a handful of streams; it measured no faster).
/// </summary>
internal sealed record DaemonTuning(string Name, Action<AsyncOptions> Configure)
{
    /// <summary>Pages of 500 events, up to 5,000 events loaded ahead.</summary>
    public static readonly DaemonTuning MartenDefaults = new("Marten's defaults", _ => { });

    /// <summary>
    /// Each page costs the same round trips whatever its size (the event query, its documents loaded, their upserts and
    /// the progression in one transaction, and its commit), so pages of 2,000 events take a quarter of them; pages of
    /// 1,000 to 5,000 measured alike, larger ones slower. Two pages loaded: one applied while the next is read.
    /// </summary>
    public static readonly DaemonTuning Bench = new("tuned", options =>
    {
        options.BatchSize = 2000;
        options.MaximumHopperSize = 4000;
    });
}
