using System.Text.Json;
using EvidenceLedger.Evidence.Dates;
using EvidenceLedger.Evidence.Tests.Support;
using NodaTime;
using NodaTime.Text;

namespace EvidenceLedger.Evidence.Tests.Dates;

public class ImpreciseDateParsingTests
{
    [Theory]
    [InlineData("2015-11-18", "2015-11-18", "2015-11-18")]
    [InlineData("2015-11-16/2015-11-22", "2015-11-16", "2015-11-22")]
    [InlineData("2015-05", "2015-05-01", "2015-05-31")]
    [InlineData("2016-02", "2016-02-01", "2016-02-29")]
    [InlineData("2015-02", "2015-02-01", "2015-02-28")]
    [InlineData("2015", "2015-01-01", "2015-12-31")]
    [InlineData("2015-21", "2015-03-01", "2015-05-31")]
    [InlineData("2015-22", "2015-06-01", "2015-08-31")]
    [InlineData("2015-23", "2015-09-01", "2015-11-30")]
    [InlineData("2015-24", "2015-12-01", "2016-02-29")]
    [InlineData("2016-24", "2016-12-01", "2017-02-28")]
    [InlineData("2015-11-18~", "2015-11-18", "2015-11-18")]
    [InlineData("2015-11-18?", "2015-11-18", "2015-11-18")]
    [InlineData("2015-11-18%", "2015-11-18", "2015-11-18")]
    [InlineData("2015-11/2016-02", "2015-11-01", "2016-02-29")]
    [InlineData("2015-11-16~/2015-11-22", "2015-11-16", "2015-11-22")]
    [InlineData("201X", "2010-01-01", "2019-12-31")]
    [InlineData("19XX", "1900-01-01", "1999-12-31")]
    [InlineData("2015-XX", "2015-01-01", "2015-12-31")]
    [InlineData("2015-11-XX", "2015-11-01", "2015-11-30")]
    [InlineData("2015-XX-XX", "2015-01-01", "2015-12-31")]
    [InlineData("2015-11-18/2015-11-18", "2015-11-18", "2015-11-18")]
    public void Valid_dates_span_the_days_they_can_mean(string edtf, string earliest, string latest)
    {
        var date = ImpreciseDate.Parse(edtf);

        Assert.Equal(Day(earliest), date.Earliest);
        Assert.Equal(Day(latest), date.Latest);
    }

    [Theory]
    [InlineData("../2015-11-18", null, "2015-11-18")]
    [InlineData("2015-11-18/..", "2015-11-18", null)]
    [InlineData("/2015-11-18", null, "2015-11-18")]
    [InlineData("2015-11-18/", "2015-11-18", null)]
    [InlineData("../2015-11", null, "2015-11-30")]
    public void Open_or_unknown_interval_ends_leave_that_side_unbounded(string edtf, string? earliest, string? latest)
    {
        var date = ImpreciseDate.Parse(edtf);

        Assert.Equal(earliest is null ? null : Day(earliest), date.Earliest);
        Assert.Equal(latest is null ? null : Day(latest), date.Latest);
    }

    [Theory]
    [InlineData("2015-11-18", false, false)]
    [InlineData("2015-11-18~", true, false)]
    [InlineData("2015-11-18?", false, true)]
    [InlineData("2015-11-18%", true, true)]
    [InlineData("2015-11-16?/2015-11-22", false, true)]
    public void Qualifiers_are_reported_without_moving_the_bounds(string edtf, bool approximate, bool uncertain)
    {
        var date = ImpreciseDate.Parse(edtf);

        Assert.Equal((approximate, uncertain), (date.IsApproximate, date.IsUncertain));
        Assert.NotNull(date.Earliest);
    }

    [Theory]
    [InlineData("2015-11-18~")]
    [InlineData("../2015-11-18")]
    [InlineData("2015-21")]
    public void The_original_text_is_kept_exactly(string edtf)
    {
        var date = ImpreciseDate.Parse(edtf);

        Assert.Equal(edtf, date.Edtf);
        Assert.Equal(edtf, date.ToString());
    }

    [Theory]
    [InlineData("2015-13", "month 13 does not exist")]
    [InlineData("2015-00", "month 00 does not exist")]
    [InlineData("2015-11-31", "November 2015 has 30 days")]
    [InlineData("2015-02-29", "February 2015 has 28 days")]
    [InlineData("2015-11-00", "day 00 does not exist")]
    [InlineData("2015-11-22/2015-11-16", "ends (2015-11-16) before it starts (2015-11-22)")]
    [InlineData("2015-25", "month 25 does not exist")]
    [InlineData("2015-21-03", "a season (21) cannot have a day")]
    [InlineData("../..", "needs at least one known end")]
    [InlineData("/", "needs at least one known end")]
    [InlineData("2015-11-18/2015-11-20/2015-11-22", "exactly one '/'")]
    [InlineData("201X-05", "cannot have a month or day")]
    [InlineData("2015-XX-18", "a day cannot be given when the month is unspecified")]
    [InlineData("2015-11-18 ", "must not contain spaces")]
    [InlineData("", "A date is required")]
    [InlineData("15-11-18", "not a supported EDTF date")]
    [InlineData("2015-1-18", "not a supported EDTF date")]
    [InlineData("18/11/2015", "written year first")]
    [InlineData("2015-11-18~?", "not a supported EDTF date")]
    [InlineData("November 2015", "must not contain spaces")]
    [InlineData("2015-11-18T10:00", "not a supported EDTF date")]
    [InlineData("-2015", "not a supported EDTF date")]
    [InlineData("2015-11-1X", "not a supported EDTF date")]
    public void Invalid_dates_are_rejected_with_a_clear_message(string edtf, string expectedMessage)
    {
        Assert.False(ImpreciseDate.TryParse(edtf, out var date, out var error));

        Assert.Null(date);
        Assert.Contains(expectedMessage, error, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => ImpreciseDate.Parse(edtf));
    }

    [Theory]
    [InlineData("2015-11-18", "2015-11-01", "2015-11-30", true)]
    [InlineData("2015-11-18", "2015-11-19", "2015-11-30", false)]
    [InlineData("2015-11", "2015-11-30", "2015-12-31", true)]
    [InlineData("2015-24", "2016-02-01", null, true)]
    [InlineData("../2015-11-18", "2010-01-01", "2010-12-31", true)]
    [InlineData("../2015-11-18", "2015-11-19", null, false)]
    [InlineData("2015-11-18/..", null, "2015-11-17", false)]
    [InlineData("2015-11-18/..", "2030-01-01", null, true)]
    public void Occurrence_searches_overlap_test_the_bounds(string edtf, string? from, string? to, bool overlaps) =>
        Assert.Equal(overlaps, ImpreciseDate.Parse(edtf).Overlaps(from is null ? null : Day(from), to is null ? null : Day(to)));

    [Fact]
    public void Serializes_as_its_edtf_string_and_reads_back()
    {
        var json = JsonSerializer.Serialize(ImpreciseDate.Parse("../2015-11-18"), Json.Web);

        Assert.Equal("\"../2015-11-18\"", json);
        Assert.Equal(ImpreciseDate.Parse("../2015-11-18"), JsonSerializer.Deserialize<ImpreciseDate>(json, Json.Web));
    }

    [Fact]
    public void An_invalid_stored_date_fails_to_deserialize_rather_than_reading_as_something_else() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ImpreciseDate>("\"2015-13\"", Json.Web));

    private static LocalDate Day(string iso) => LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();
}
