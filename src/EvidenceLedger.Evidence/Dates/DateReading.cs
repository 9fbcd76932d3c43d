using System.Globalization;
using NodaTime;

namespace EvidenceLedger.Evidence.Dates;

/// <summary>
/// Says an EDTF date in plain English, for showing beside it: "2015-21" is "spring 2015 (March to May 2015)",
/// "2015-11-16/2015-11-22" is "16–22 November 2015", "../2015-11-19" is "on or before 19 November 2015", "2015~" is "about 2015".
/// Only called on text the EDTF parser accepted.
/// </summary>
internal static class DateReading
{
    private static readonly string[] SeasonNames = ["spring", "summer", "autumn", "winter"];

    public static string Of(string edtf)
    {
        var slash = edtf.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
            return Date(edtf);

        var (start, end) = (edtf[..slash], edtf[(slash + 1)..]);
        if (start is ".." or "")
            return $"on or before {Date(end)}";
        if (end is ".." or "")
            return $"on or after {Date(start)}";
        return Span(start, end);
    }

    private static string Span(string start, string end)
    {
        var (from, to) = (start.Split('-'), end.Split('-'));
        var plain = !HasQualifier(start) && !HasQualifier(end) && !start.Contains('X', StringComparison.Ordinal) && !end.Contains('X', StringComparison.Ordinal);
        if (plain && from.Length == 3 && to.Length == 3 && from[0] == to[0] && from[1] == to[1])
            return $"{Number(from[2])}–{Number(to[2])} {MonthName(to[1])} {to[0]}";
        if (plain && from.Length == 2 && to.Length == 2 && from[0] == to[0] && !IsSeason(from[1]) && !IsSeason(to[1]))
            return $"{MonthName(from[1])}–{MonthName(to[1])} {to[0]}";
        if (plain && from.Length == 1 && to.Length == 1)
            return $"{from[0]}–{to[0]}";
        return $"{Date(start)} to {Date(end)}";
    }

    private static string Date(string date)
    {
        var qualifier = HasQualifier(date) ? date[^1] : '\0';
        var body = qualifier == '\0' ? date : date[..^1];
        var words = Unqualified(body);
        return qualifier switch
        {
            '~' => $"about {words}",
            '?' => $"{words} (uncertain)",
            '%' => $"about {words} (uncertain)",
            _ => words,
        };
    }

    private static string Unqualified(string body)
    {
        var parts = body.Split('-');
        var year = parts[0];
        if (year.EndsWith("XX", StringComparison.Ordinal))
            return $"the {year[..2]}00s (any year {year[..2]}00–{year[..2]}99)";
        if (year.EndsWith('X'))
            return $"the {year[..3]}0s";
        if (parts.Length == 1 || parts[1] == "XX")
            return year;
        if (IsSeason(parts[1]))
        {
            var code = Number(parts[1]);
            var first = new LocalDate(int.Parse(year, CultureInfo.InvariantCulture), 3 + (3 * (code - Season.Spring)), 1);
            var last = first.PlusMonths(2);
            var months = first.Year == last.Year
                ? $"{Month(first.Month)} to {Month(last.Month)} {year}"
                : $"{Month(first.Month)} {first.Year.ToString(CultureInfo.InvariantCulture)} to {Month(last.Month)} {last.Year.ToString(CultureInfo.InvariantCulture)}";
            return $"{SeasonNames[code - Season.Spring]} {year} ({months})";
        }
        if (parts.Length == 2 || parts[2] == "XX")
            return $"{MonthName(parts[1])} {year}";
        return $"{Number(parts[2])} {MonthName(parts[1])} {year}";
    }

    private static bool HasQualifier(string date) => date.Length > 0 && date[^1] is '~' or '?' or '%';

    private static bool IsSeason(string part) => part != "XX" && Season.IsSeasonCode(Number(part));

    private static string MonthName(string part) => Month(Number(part));

    private static string Month(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    private static int Number(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);
}
