using NodaTime;
using NodaTime.Text;

namespace EvidenceLedger.EventStore.Time;

/// <summary>
/// Recorded instants are kept at microsecond precision, PostgreSQL's timestamptz resolution, so the
/// instant hashed at append is exactly the instant a verifier reads back.
/// </summary>
public static class LedgerInstant
{
    public static readonly InstantPattern Pattern =
        InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'ffffff'Z'");

    public static Instant Truncate(Instant instant)
    {
        var ticks = instant.ToUnixTimeTicks();
        return Instant.FromUnixTimeTicks(ticks - (((ticks % 10) + 10) % 10));
    }

    public static string Format(Instant instant) => Pattern.Format(Truncate(instant));
}
