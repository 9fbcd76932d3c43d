using NodaTime;

namespace EvidenceLedger.EventStore.Reading;

/// <summary>How far to read a stream: all of it, up to a version, up to a recorded instant, or up to a log position (time travel).</summary>
public abstract record ReadLimit
{
    public static ReadLimit None { get; } = new Unlimited();
    public static ReadLimit ToVersion(long version) => new UpToVersion(version);
    public static ReadLimit AsOf(Instant instant) => new UpToInstant(instant);
    public static ReadLimit AtPosition(long position) => new UpToPosition(position);

    public sealed record Unlimited : ReadLimit;
    public sealed record UpToVersion(long Version) : ReadLimit;
    public sealed record UpToInstant(Instant Instant) : ReadLimit;
    public sealed record UpToPosition(long Position) : ReadLimit;
}
