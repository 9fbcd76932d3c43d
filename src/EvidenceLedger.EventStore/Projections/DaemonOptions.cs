namespace EvidenceLedger.EventStore.Projections;

public sealed record DaemonOptions
{
    /// <summary>The advisory lock whose holder is the one leader per database.</summary>
    public long LeaderLockKey { get; init; } = 0x4C45444745520010;
    public int BatchSize { get; init; } = 2000;
    /// <summary>How long the leader waits between looks at the log once it has caught up.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(100);
    /// <summary>How often a follower asks for leadership again.</summary>
    public TimeSpan LeaderRetryInterval { get; init; } = TimeSpan.FromSeconds(2);
}
