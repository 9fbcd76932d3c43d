namespace EvidenceLedger.Server.Tests.Fuzzing;

/// <summary>The run's random source and the ids known so far, shared by every route's valid values.</summary>
internal sealed class FuzzContext(Random random)
{
    public Random Random { get; } = random;

    public KnownIds Ids { get; } = new(random);

    /// <summary>A short text no earlier request used, so that revisions really change something.</summary>
    public string Fresh(string text) => $"{text} {Random.Next(1_000_000):D6}";

    public T OneOf<T>(params T[] values) => values[Random.Next(values.Length)];

    /// <summary>An instant the ledger can read as of: now, before anything was written, or a moment ago.</summary>
    public string Instant() => OneOf(DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        "2015-11-20T00:00:00Z", DateTimeOffset.UtcNow.AddSeconds(-2).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
}
