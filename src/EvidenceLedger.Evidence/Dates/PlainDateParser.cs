using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace EvidenceLedger.Evidence.Dates;

/// <summary>
/// Turns a date written in plain English ("spring 2015", "mid-November 2015", "18/11/2015", "before 20 November 2015",
/// "16–22 November 2015") into the EDTF that says the same; null when the text is none of the forms it knows.
/// Numeric dates are read day first (18/11/2015 is 18 November).
/// </summary>
internal static partial class PlainDateParser
{
    public const string Forms =
        "EDTF (2015-11-18, 2015-11, 2015, 2015-21 for spring, 2015-11-18~, 2015?, 2015-11-16/2015-11-22, ../2015-11-20) " +
        "or plain English: \"18 Nov 2015\", \"18 November 2015\", \"November 18, 2015\", \"18/11/2015\" (day first: day/month/year), " +
        "\"November 2015\", \"early/mid/late November 2015\", \"spring 2015\" (also summer, autumn/fall, winter), \"2015\", \"the 2010s\", " +
        "\"around 2015\" / \"about November 2015\", \"2015?\", \"before 20 November 2015\", \"after 2015\", \"on or before …\", \"since …\", " +
        "ranges \"16–22 November 2015\", \"16-22 November 2015\", \"November–December 2015\", \"2014–2015\", \"between … and …\", \"… to …\"";

    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly (string Word, int Code)[] Seasons =
        [("spring", 21), ("summer", 22), ("autumn", 23), ("fall", 23), ("winter", 24)];

    private static readonly string[] Approximately = ["around ", "about ", "approximately ", "circa ", "c. ", "ca. ", "roughly "];

    /// <summary>The EDTF for <paramref name="text"/>, or null when it is not a plain date this reader knows.</summary>
    public static string? ToEdtf(string text)
    {
        var plain = Normalize(text);
        if (plain.Length == 0)
            return null;

        foreach (var prefix in Approximately)
        {
            if (plain.StartsWith(prefix, StringComparison.Ordinal))
                return Qualified(ToEdtf(plain[prefix.Length..]), '~');
        }
        if (plain.EndsWith('?'))
            return Qualified(ToEdtf(plain[..^1]), '?');

        if (Prefixed(plain, ["on or before ", "by ", "until ", "no later than "]) is { } upTo)
            return Single(upTo) is { } end ? $"../{LastOf(end)}" : null;
        if (Prefixed(plain, ["on or after ", "since ", "from ", "no earlier than "]) is { } onwards && !onwards.Contains(" to ", StringComparison.Ordinal))
            return Single(onwards) is { } start ? $"{FirstOf(start)}/.." : null;
        if (Prefixed(plain, ["before "]) is { } before)
            return Single(before) is { } end && ImpreciseDate.TryParse(end, out var date, out _) && date.Earliest is { } first
                ? $"../{Day(first.PlusDays(-1))}" : null;
        if (Prefixed(plain, ["after "]) is { } after)
            return Single(after) is { } start && ImpreciseDate.TryParse(start, out var date, out _) && date.Latest is { } last
                ? $"{Day(last.PlusDays(1))}/.." : null;

        return Range(plain) ?? Single(plain);
    }

    /// <summary>The end of a date that may itself be a range ("end of January 2013" is 2013-01-21/2013-01-31): its last part.</summary>
    private static string LastOf(string edtf) => edtf.Contains('/', StringComparison.Ordinal) ? edtf[(edtf.IndexOf('/', StringComparison.Ordinal) + 1)..] : edtf;

    /// <summary>The start of a date that may itself be a range: its first part.</summary>
    private static string FirstOf(string edtf) => edtf.Contains('/', StringComparison.Ordinal) ? edtf[..edtf.IndexOf('/', StringComparison.Ordinal)] : edtf;

    private static string? Qualified(string? edtf, char qualifier)
    {
        if (edtf is null || edtf.EndsWith('~') || edtf.EndsWith('?') || edtf.EndsWith('%'))
            return null;
        if (!edtf.Contains('/', StringComparison.Ordinal))
            return edtf + qualifier;
        var ends = edtf.Split('/');
        return string.Join('/', ends.Select(end => end is ".." or "" ? end : end + qualifier));
    }

    private static string? Prefixed(string plain, string[] prefixes) =>
        prefixes.FirstOrDefault(prefix => plain.StartsWith(prefix, StringComparison.Ordinal)) is { } found ? plain[found.Length..] : null;

    private static string? Range(string plain)
    {
        if (plain.StartsWith("between ", StringComparison.Ordinal) && plain.Split(" and ") is [var from, var to])
            return Interval(from["between ".Length..], to);
        if (plain.StartsWith("from ", StringComparison.Ordinal) && plain.Split(" to ") is [var start, var end])
            return Interval(start["from ".Length..], end);

        var match = DayRange().Match(plain);
        if (match.Success)
            return Interval(match.Groups[1].Value, $"{match.Groups[2].Value} {match.Groups[3].Value} {match.Groups[4].Value}");
        match = MonthRange().Match(plain);
        if (match.Success)
            return Interval(match.Groups[1].Value, $"{match.Groups[2].Value} {match.Groups[3].Value}");
        match = YearRange().Match(plain);
        if (match.Success)
            return Interval(match.Groups[1].Value, match.Groups[2].Value);

        var parts = Regex.Split(plain, " (?:to|–|—|-) ", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return parts is [var left, var right] ? Interval(left, right) : null;
    }

    /// <summary>An interval whose start may leave out what its end says ("16" … "22 november 2015").</summary>
    private static string? Interval(string start, string end)
    {
        var last = Single(end.Trim());
        if (last is null)
            return null;
        var first = Single(start.Trim());
        if (first is null && ImpreciseDate.TryParse(last, out _, out _))
        {
            var endParts = last.Split('-');
            if (int.TryParse(start.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var day) && endParts.Length == 3 && day is >= 1 and <= 31)
                first = $"{endParts[0]}-{endParts[1]}-{day:00}";
            else if (MonthNumber(start.Trim()) is { } month && endParts.Length >= 2)
                first = $"{endParts[0]}-{month:00}";
            else if (DayMonth().Match(start.Trim()) is { Success: true } dayMonth && MonthNumber(dayMonth.Groups[2].Value) is { } m)
                first = $"{endParts[0]}-{m:00}-{int.Parse(dayMonth.Groups[1].Value, CultureInfo.InvariantCulture):00}";
        }
        return first is null || first.Contains('/', StringComparison.Ordinal) || last.Contains('/', StringComparison.Ordinal) ? null : $"{first}/{last}";
    }

    /// <summary>One date, not a range: a day, a month, a part of a month, a season, a year or a decade.</summary>
    private static string? Single(string plain)
    {
        foreach (var filler in (string[])["the ", "in ", "on "])
        {
            if (plain.StartsWith(filler, StringComparison.Ordinal))
                return Single(plain[filler.Length..]);
        }
        if (ImpreciseDate.TryParse(plain.ToUpperInvariant(), out _, out _))
            return plain.ToUpperInvariant();

        Match match;
        if ((match = DayMonthYear().Match(plain)).Success)
            return DayEdtf(match.Groups[3].Value, MonthNumber(match.Groups[2].Value), match.Groups[1].Value);
        if ((match = MonthDayYear().Match(plain)).Success)
            return DayEdtf(match.Groups[3].Value, MonthNumber(match.Groups[1].Value), match.Groups[2].Value);
        if ((match = NumericDay().Match(plain)).Success)
            return DayEdtf(match.Groups[3].Value, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), match.Groups[1].Value);
        if ((match = NumericMonth().Match(plain)).Success)
            return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) is var month and >= 1 and <= 12 ? $"{match.Groups[2].Value}-{month:00}" : null;
        if ((match = PartOfMonth().Match(plain)).Success)
            return PartOfMonthEdtf(match.Groups[1].Value, MonthNumber(match.Groups[2].Value), match.Groups[3].Value);
        if ((match = PartOfYear().Match(plain)).Success)
            return PartOfYearEdtf(match.Groups[1].Value, match.Groups[2].Value);
        if ((match = SeasonYear().Match(plain)).Success)
            return $"{match.Groups[2].Value}-{Seasons.First(season => season.Word == match.Groups[1].Value).Code}";
        if ((match = MonthYear().Match(plain)).Success)
            return MonthNumber(match.Groups[1].Value) is { } month ? $"{match.Groups[2].Value}-{month:00}" : null;
        if ((match = Decade().Match(plain)).Success)
            return $"{match.Groups[1].Value}X";
        return null;
    }

    private static string? DayEdtf(string year, int? month, string day) =>
        month is { } m && int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31
            ? $"{year}-{m:00}-{d:00}"
            : null;

    private static string? PartOfMonthEdtf(string part, int? month, string yearText)
    {
        if (month is not { } m)
            return null;
        var year = int.Parse(yearText, CultureInfo.InvariantCulture);
        if (year < 1)
            return null;
        var days = CalendarSystem.Iso.GetDaysInMonth(year, m);
        var (first, last) = part switch
        {
            "early" or "beginning of" or "start of" => (1, 10),
            "mid" or "middle of" => (11, 20),
            _ => (21, days),
        };
        return $"{yearText}-{m:00}-{first:00}/{yearText}-{m:00}-{last:00}";
    }

    private static string PartOfYearEdtf(string part, string year) => part switch
    {
        "early" or "beginning of" or "start of" => $"{year}-01/{year}-04",
        "mid" or "middle of" => $"{year}-05/{year}-08",
        _ => $"{year}-09/{year}-12",
    };

    private static int? MonthNumber(string word)
    {
        var name = word.TrimEnd('.');
        if (name.Length < 3)
            return null;
        if (name == "sept")
            return 9;
        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i].StartsWith(name, StringComparison.Ordinal) && (name.Length == 3 || name == MonthNames[i] || name.Length >= 4))
                return i + 1;
        }
        return null;
    }

    private static string Day(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Normalize(string text)
    {
        var lower = text.Trim().ToLowerInvariant().Replace(',', ' ');
        lower = OrdinalSuffix().Replace(lower, "$1");
        lower = Regex.Replace(lower, @"\s+", " ", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return lower.StartsWith("the ", StringComparison.Ordinal) ? lower[4..] : lower;
    }

    private const string Month = "([a-z]{3,9}\\.?)";

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalSuffix();

    [GeneratedRegex("^(\\d{1,2}) " + Month + " (\\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex("^" + Month + " (\\d{1,2}) (\\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex("^(\\d{1,2}) " + Month + "$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDay();

    [GeneratedRegex(@"^(\d{1,2})/(\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex NumericMonth();

    [GeneratedRegex("^(early|mid|late|beginning of|start of|middle of|end of)[ \\-]" + Month + " (?:of )?(\\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex PartOfMonth();

    [GeneratedRegex(@"^(early|mid|late|beginning of|start of|middle of|end of)[ \-](?:of )?(\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex PartOfYear();

    [GeneratedRegex("^" + Month + " (?:of )?(\\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(spring|summer|autumn|fall|winter) (?:of )?(\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex SeasonYear();

    [GeneratedRegex(@"^(\d{3})0s$", RegexOptions.CultureInvariant)]
    private static partial Regex Decade();

    [GeneratedRegex(@"^(\d{1,2}) ?[–—-] ?(\d{1,2}) " + Month + " (\\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayRange();

    [GeneratedRegex("^" + Month + " ?[–—-] ?" + Month + " (\\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthRange();

    [GeneratedRegex(@"^(\d{4}) ?[–—-] ?(\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex YearRange();
}
