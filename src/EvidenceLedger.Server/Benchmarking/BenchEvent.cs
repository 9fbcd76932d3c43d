namespace EvidenceLedger.Server.Benchmarking;

/// <summary>
/// What Marten reads a bench event back as: the bench writes its events as already-serialized JSON under
/// <see cref="TypeName"/>, and the catch-up's projection needs nothing of their data.
/// </summary>
public sealed class BenchEvent
{
    public const string TypeName = "bench_event";
}
