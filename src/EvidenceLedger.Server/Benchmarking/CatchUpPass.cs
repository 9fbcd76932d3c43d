namespace EvidenceLedger.Server.Benchmarking;

/// <summary>One catch-up (of Marten's daemon, or of the Merkle log): the events it took in, and how long it took.</summary>
internal sealed record CatchUpPass(long Events, TimeSpan Elapsed)
{
    public double EventsPerSecond => Events / Elapsed.TotalSeconds;
}
