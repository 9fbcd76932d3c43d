using EvidenceLedger.Server.Time;
using NodaTime;
using NodaTime.Text;

namespace EvidenceLedger.Server.Web.Shared;

/// <summary>
/// The "as of" picker's value: an <c>&lt;input type="datetime-local"&gt;</c> holds a date and time without a zone, which
/// the pages read as UTC. The form boundary is the one place such a local value becomes an <see cref="Instant"/>.
/// </summary>
public static class AsOfInput
{
    public const string ParameterName = "asOf";

    private static readonly LocalDateTimePattern Minutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");
    private static readonly LocalDateTimePattern Seconds = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss");
    private static readonly LocalDateTimePattern Milliseconds = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fff");

    /// <summary>
    /// The instant a picker value (or an instant with a trailing Z) names; null when it names none or one outside
    /// <see cref="SupportedInstants"/>, with <paramref name="error"/> saying which (null for an empty value).
    /// </summary>
    public static Instant? Parse(string? value, out string? error)
    {
        error = null;
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
            return null;
        var parsed = Read(text);
        if (parsed is null)
            error = "is not a date and time";
        else if (!SupportedInstants.IsSupported(parsed.Value))
            error = $"is outside the times the ledger can show ({SupportedInstants.Range})";
        return error is null ? parsed : null;
    }

    private static Instant? Read(string text)
    {
        if (text.EndsWith('Z') && InstantPattern.ExtendedIso.Parse(text) is { Success: true } instant)
            return instant.Value;
        foreach (var pattern in new[] { LocalDateTimePattern.ExtendedIso, Minutes })
        {
            if (pattern.Parse(text) is { Success: true } local)
                return local.Value.InUtc().ToInstant();
        }
        return null;
    }

    /// <summary>The query string that keeps a page's "as of" on a link to another page: <c>?asOf=…</c>, or nothing for the present.</summary>
    public static string Query(Instant? asOf) => asOf is { } at ? $"?{ParameterName}={Uri.EscapeDataString(Format(at))}" : "";

    /// <summary>
    /// The picker value for <paramref name="instant"/>. The picker holds at most milliseconds, so the value is rounded up:
    /// a view as of it still includes an event recorded at <paramref name="instant"/> itself. Rounding never passes the
    /// latest supported instant: within its last millisecond the value is rounded down instead, as no later time exists.
    /// </summary>
    public static string Format(Instant instant)
    {
        var ticks = instant.ToUnixTimeTicks();
        var remainder = ((ticks % NodaConstants.TicksPerMillisecond) + NodaConstants.TicksPerMillisecond) % NodaConstants.TicksPerMillisecond;
        var up = ticks - remainder + NodaConstants.TicksPerMillisecond;
        var rounded = remainder == 0 ? instant
            : Instant.FromUnixTimeTicks(up <= SupportedInstants.Latest.ToUnixTimeTicks() ? up : ticks - remainder);
        var local = rounded.InUtc().LocalDateTime;
        return local.TickOfSecond == 0 ? Seconds.Format(local) : Milliseconds.Format(local);
    }
}
