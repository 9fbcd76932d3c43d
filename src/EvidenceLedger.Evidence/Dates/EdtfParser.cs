using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace EvidenceLedger.Evidence.Dates;

/// <summary>Parses the supported EDTF subset into the span of days it can mean.</summary>
internal static class EdtfParser
{
    internal readonly record struct Bounds(LocalDate? Earliest, LocalDate? Latest, bool Approximate, bool Uncertain);

    private const string Expected =
        "expected YYYY, YYYY-MM, YYYY-MM-DD, a season YYYY-21 to YYYY-24, unspecified digits (201X, 2015-XX), " +
        "optionally followed by ?, ~ or %, or an interval start/end where '..' marks an open end";

    public static bool TryParse(string? text, out Bounds bounds, [NotNullWhen(false)] out string? error)
    {
        bounds = default;
        if (string.IsNullOrEmpty(text))
        {
            error = "A date is required (EDTF, e.g. 2015-11-18, 2015-11 or ../2015-11-18).";
            return false;
        }
        if (text.Any(char.IsWhiteSpace))
        {
            error = $"'{text}' must not contain spaces.";
            return false;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
            return TryParseDate(text, text, out bounds, out error);

        if (text.IndexOf('/', slash + 1) >= 0)
        {
            error = $"'{text}' is not a supported EDTF date: dates are written year first (2015-11-18), and an interval has exactly one '/'.";
            return false;
        }
        return TryParseInterval(text, text[..slash], text[(slash + 1)..], out bounds, out error);
    }

    private static bool TryParseInterval(string text, string startText, string endText, out Bounds bounds, [NotNullWhen(false)] out string? error)
    {
        bounds = default;
        if (!TryParseEnd(text, startText, out var start, out error) || !TryParseEnd(text, endText, out var end, out error))
            return false;

        if (start is null && end is null)
        {
            error = $"'{text}' needs at least one known end.";
            return false;
        }
        if (start is { Earliest: { } startsOn } && end is { Latest: { } endsBy } && endsBy < startsOn)
        {
            error = $"'{text}' ends ({endText}) before it starts ({startText}).";
            return false;
        }

        bounds = new Bounds(
            start?.Earliest,
            end?.Latest,
            (start?.Approximate ?? false) || (end?.Approximate ?? false),
            (start?.Uncertain ?? false) || (end?.Uncertain ?? false));
        return true;
    }

    /// <summary>An interval end: a date, or <c>..</c> (open) / empty (unknown), both of which leave that side unbounded.</summary>
    private static bool TryParseEnd(string text, string endText, out Bounds? end, [NotNullWhen(false)] out string? error)
    {
        end = null;
        error = null;
        if (endText is ".." or "")
            return true;
        if (!TryParseDate(text, endText, out var bounds, out error))
            return false;
        end = bounds;
        return true;
    }

    private static bool TryParseDate(string text, string date, out Bounds bounds, [NotNullWhen(false)] out string? error)
    {
        bounds = default;
        var (approximate, uncertain) = date[^1] switch
        {
            '~' => (true, false),
            '?' => (false, true),
            '%' => (true, true),
            _ => (false, false),
        };
        var body = approximate || uncertain ? date[..^1] : date;

        var parts = body.Split('-');
        if (parts.Length > 3 || !IsYear(parts[0]) || parts.Skip(1).Any(part => !IsTwoDigitsOrUnspecified(part)))
        {
            error = $"'{text}' is not a supported EDTF date: {Expected}.";
            return false;
        }

        if (!TryParseSpan(text, parts, out var first, out var last, out error))
            return false;

        bounds = new Bounds(first, last, approximate, uncertain);
        return true;
    }

    private static bool TryParseSpan(string text, string[] parts, out LocalDate first, out LocalDate last, [NotNullWhen(false)] out string? error)
    {
        first = last = default;
        error = null;
        var yearText = parts[0];
        if (ToInt(yearText.Replace('X', '0')) < 1)
        {
            error = $"'{text}': years before 0001 are not supported.";
            return false;
        }

        if (yearText.Contains('X', StringComparison.Ordinal))
        {
            if (parts.Length > 1)
            {
                error = $"'{text}': a year with unspecified digits ({yearText}) cannot have a month or day.";
                return false;
            }
            first = new LocalDate(ToInt(yearText.Replace('X', '0')), 1, 1);
            last = new LocalDate(ToInt(yearText.Replace('X', '9')), 12, 31);
            return true;
        }

        var year = ToInt(yearText);
        if (parts.Length == 1 || (parts[1] == "XX" && (parts.Length == 2 || parts[2] == "XX")))
        {
            first = new LocalDate(year, 1, 1);
            last = new LocalDate(year, 12, 31);
            return true;
        }
        if (parts[1] == "XX")
        {
            error = $"'{text}': a day cannot be given when the month is unspecified.";
            return false;
        }

        var month = ToInt(parts[1]);
        if (Season.IsSeasonCode(month))
            return TrySeason(text, parts, year, month, out first, out last, out error);
        if (month is < 1 or > 12)
        {
            error = $"'{text}': month {parts[1]} does not exist (use 01–12, or 21–24 for a season).";
            return false;
        }

        var daysInMonth = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (parts.Length == 2 || parts[2] == "XX")
        {
            first = new LocalDate(year, month, 1);
            last = new LocalDate(year, month, daysInMonth);
            return true;
        }

        var day = ToInt(parts[2]);
        if (day < 1 || day > daysInMonth)
        {
            var monthName = new LocalDate(year, month, 1).ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
            error = $"'{text}': day {parts[2]} does not exist; {monthName} has {daysInMonth} days.";
            return false;
        }
        first = last = new LocalDate(year, month, day);
        return true;
    }

    private static bool TrySeason(string text, string[] parts, int year, int season, out LocalDate first, out LocalDate last, [NotNullWhen(false)] out string? error)
    {
        first = last = default;
        if (parts.Length == 3)
        {
            error = $"'{text}': a season ({parts[1]}) cannot have a day.";
            return false;
        }
        if (season == Season.Winter && year == 9999)
        {
            error = $"'{text}': winter 9999 runs past the last supported year.";
            return false;
        }
        (first, last) = Season.Span(year, season);
        error = null;
        return true;
    }

    private static bool IsYear(string part) =>
        part.Length == 4 &&
        char.IsAsciiDigit(part[0]) && char.IsAsciiDigit(part[1]) &&
        (part[2..] == "XX" || (char.IsAsciiDigit(part[2]) && (part[3] == 'X' || char.IsAsciiDigit(part[3]))));

    private static bool IsTwoDigitsOrUnspecified(string part) =>
        part == "XX" || (part.Length == 2 && char.IsAsciiDigit(part[0]) && char.IsAsciiDigit(part[1]));

    private static int ToInt(string digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
}
