namespace EvidenceLedger.Integrity.Logging;

public sealed record MerkleLogOptions
{
    /// <summary>The advisory lock whose holder runs the integrator and the signer: one leader per database.</summary>
    public long LeaderLockKey { get; init; } = 0x4C45444745520100;

    /// <summary>Taken for the length of each integration batch, so a forced catch-up never interleaves with the leader's.</summary>
    public long IntegrationLockKey { get; init; } = 0x4C45444745520101;

    /// <summary>Taken while a checkpoint is checked and signed, so two signers never race.</summary>
    public long SigningLockKey { get; init; } = 0x4C45444745520102;

    /// <summary>Events integrated per transaction.</summary>
    public int BatchSize { get; init; } = 10_000;

    /// <summary>How long the leader waits between looks at the log once it has caught up.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How often a follower asks for leadership again.</summary>
    public TimeSpan LeaderRetryInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The least time between two checkpoints; one is signed once the tree grew and this much time passed.</summary>
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromSeconds(10);
}
