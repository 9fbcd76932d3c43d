namespace EvidenceLedger.EventStore.Projections;

public enum ProjectionLifecycle
{
    /// <summary>Updated in the append's transaction: always consistent with the events.</summary>
    Inline,

    /// <summary>Updated by the daemon's leader from the complete log, with its own checkpoint.</summary>
    Async,
}
