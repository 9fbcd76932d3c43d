using NodaTime;
using NodaTime.Text;

namespace EvidenceLedger.Browser.Tests.Support;

/// <summary>The value a person types into the "as of" picker (UTC, to the millisecond) for an instant shown on a page.</summary>
public static class PickerValue
{
    private static readonly LocalDateTimePattern Milliseconds = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fff");

    /// <summary>
    /// The first millisecond at or after <paramref name="isoInstant"/> (e.g. 2025-01-02T03:04:05.123456Z), written as the
    /// browser normalises it: the shortest form, so no trailing zeros in the fraction, and no zero seconds without one.
    /// Playwright refuses a value the browser would rewrite ("Malformed value").
    /// </summary>
    public static string AtOrAfter(string isoInstant)
    {
        var instant = InstantPattern.ExtendedIso.Parse(isoInstant).GetValueOrThrow();
        var ticks = instant.ToUnixTimeTicks();
        var remainder = ticks % NodaConstants.TicksPerMillisecond;
        var rounded = Instant.FromUnixTimeTicks(remainder == 0 ? ticks : ticks - remainder + NodaConstants.TicksPerMillisecond);
        var text = Milliseconds.Format(rounded.InUtc().LocalDateTime).TrimEnd('0').TrimEnd('.');
        if (text.EndsWith(":00", StringComparison.Ordinal) && text.Length == "yyyy-MM-ddTHH:mm:ss".Length) text = text[..^3];
        return text;
    }
}
