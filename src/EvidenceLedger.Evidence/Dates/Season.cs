using NodaTime;

namespace EvidenceLedger.Evidence.Dates;

/// <summary>EDTF level-1 season codes 21–24, read as northern-hemisphere meteorological seasons.</summary>
internal static class Season
{
    public const int Spring = 21;
    public const int Winter = 24;

    public static bool IsSeasonCode(int code) => code is >= Spring and <= Winter;

    /// <summary>Spring Mar–May, summer Jun–Aug, autumn Sep–Nov, winter Dec through February of the following year.</summary>
    public static (LocalDate First, LocalDate Last) Span(int year, int code)
    {
        var firstMonth = 3 + (3 * (code - Spring));
        var first = new LocalDate(year, firstMonth, 1);
        var last = first.PlusMonths(3).PlusDays(-1);
        return (first, last);
    }
}
