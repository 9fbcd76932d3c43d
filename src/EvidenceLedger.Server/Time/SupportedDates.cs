using NodaTime;
using NodaTime.Text;

namespace EvidenceLedger.Server.Time;

/// <summary>Calendar dates given as input (yyyy-MM-dd): years 1 to 9999, as PostgreSQL and every ISO-8601 reader take them.</summary>
public static class SupportedDates
{
    public const int FirstYear = 1;
    public const int LastYear = 9999;

    /// <summary>The date <paramref name="text"/> names, or null with <paramref name="error"/> saying why (ending without a full stop).</summary>
    public static LocalDate? Parse(string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        if (!parsed.Success)
        {
            error = "is not an ISO date (yyyy-MM-dd)";
            return null;
        }
        if (parsed.Value.Year is < FirstYear or > LastYear)
        {
            error = $"must be a date in the years {FirstYear:D4} to {LastYear}";
            return null;
        }
        error = null;
        return parsed.Value;
    }
}
