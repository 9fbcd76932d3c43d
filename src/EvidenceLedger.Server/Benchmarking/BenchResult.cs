namespace EvidenceLedger.Server.Benchmarking;

/// <summary>The bench's figures; JSON names are a contract with whoever tracks them over time.</summary>
public sealed record BenchResult(
    double RawInsert1WriterPerSecond,
    double RawInsert8WritersPerSecond,
    double Append1WriterPerSecond,
    double Append8WritersPerSecond,
    double Append1Ratio1Writer,
    double Append1Ratio8Writers,
    double RawBatch100EventsPerSecond,
    double AppendBatch100EventsPerSecond,
    double Batch100Ratio,
    double RawInsertPrepared8WritersPerSecond,
    double Append1Ratio8WritersVsPreparedRaw,
    double RawBatch100PreparedEventsPerSecond,
    double Batch100RatioVsPreparedRaw,
    double Replay10kMs,
    double DaemonEventsPerSecond,
    long DaemonEvents,
    double ManagedHeapAfterReplayMb,
    double ManagedHeapAfterCatchUpMb,
    double PeakWorkingSetMb)
{
    public double MartenAppend1WriterPerSecond { get; init; }
    public double MartenAppend8WritersPerSecond { get; init; }
    public double MartenBatch100EventsPerSecond { get; init; }
    /// <summary>
    /// The ledger's single-event appends with 8 writers over plain Marten's: what its promises cost. The median of ten
    /// turns' ratios (<c>BenchRunner.SideBySide</c>), so it can differ a little from the two throughputs' quotient.
    /// </summary>
    public double LedgerVsMartenAppend8Writers { get; init; }
    public double LedgerVsMartenBatch100 { get; init; }
    public double MartenVsRawAppend8Writers { get; init; }
    public double MartenVsRawBatch100 { get; init; }
    public double MerkleCatchUpEventsPerSecond { get; init; }
    public long MerkleCatchUpEvents { get; init; }
    /// <summary>A 10,000-event incident read back typed through Marten and folded to its state (time travel's and every decision's path).</summary>
    public double ReplayIncident10kThroughMartenMs { get; init; }

    /// <summary>The same 10,000-event replay before the Merkle log has taken the stream in: the read computes every hash.</summary>
    public double Replay10kBeforeIntegrationMs { get; init; }

    /// <summary>The first 7 reads of that replay in the process, before the JIT has optimized the read's code.</summary>
    public double Replay10kColdMs { get; init; }
}
