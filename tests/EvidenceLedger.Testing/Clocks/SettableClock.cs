using NodaTime;

namespace EvidenceLedger.Testing.Clocks;

/// <summary>A clock a test moves by hand, so recorded instants are known in advance.</summary>
public sealed class SettableClock(Instant now) : IClock
{
    private long _ticks = now.ToUnixTimeTicks();

    public Instant Now => Instant.FromUnixTimeTicks(Interlocked.Read(ref _ticks));

    public Instant GetCurrentInstant() => Now;

    public void Set(Instant instant) => Interlocked.Exchange(ref _ticks, instant.ToUnixTimeTicks());

    public Instant Advance(Duration by) => Instant.FromUnixTimeTicks(Interlocked.Add(ref _ticks, by.BclCompatibleTicks));
}
