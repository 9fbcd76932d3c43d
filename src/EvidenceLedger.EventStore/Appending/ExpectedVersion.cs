namespace EvidenceLedger.EventStore.Appending;

/// <summary>What the writer believes the stream's version is: any, no stream yet, or exactly n events.</summary>
public readonly record struct ExpectedVersion
{
    private ExpectedVersion(long value) => Value = value;

    /// <summary>-1 for any, 0 for no stream yet, n for exactly n events (Marten is handed the version after the append).</summary>
    public long Value { get; }

    public static ExpectedVersion Any { get; } = new(-1);
    public static ExpectedVersion NoStream { get; } = new(0);

    public static ExpectedVersion Exactly(long version) =>
        version >= 0 ? new(version) : throw new ArgumentOutOfRangeException(nameof(version), version, "A stream version is never negative.");

    public override string ToString() => Value switch { -1 => "any", 0 => "no stream", _ => Value.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
