using EvidenceLedger.Evidence.Dates;

namespace EvidenceLedger.Evidence.Tests.Dates;

public class PlainDateReadingTests
{
    [Theory]
    [InlineData("spring 2015", "2015-21")]
    [InlineData("Spring 2015", "2015-21")]
    [InlineData("summer 2015", "2015-22")]
    [InlineData("autumn 2015", "2015-23")]
    [InlineData("fall 2015", "2015-23")]
    [InlineData("winter 2015", "2015-24")]
    [InlineData("November 2015", "2015-11")]
    [InlineData("Nov 2015", "2015-11")]
    [InlineData("Nov. 2015", "2015-11")]
    [InlineData("Sept 2015", "2015-09")]
    [InlineData("mid-November 2015", "2015-11-11/2015-11-20")]
    [InlineData("early November 2015", "2015-11-01/2015-11-10")]
    [InlineData("late November 2015", "2015-11-21/2015-11-30")]
    [InlineData("late February 2016", "2016-02-21/2016-02-29")]
    [InlineData("early 2015", "2015-01/2015-04")]
    [InlineData("18 Nov 2015", "2015-11-18")]
    [InlineData("18 November 2015", "2015-11-18")]
    [InlineData("18th November 2015", "2015-11-18")]
    [InlineData("November 18, 2015", "2015-11-18")]
    [InlineData("Wednesday 18 November 2015", null)]
    [InlineData("18/11/2015", "2015-11-18")]
    [InlineData("1/2/2015", "2015-02-01")]
    [InlineData("18.11.2015", "2015-11-18")]
    [InlineData("11/2015", "2015-11")]
    [InlineData("before 20 November 2015", "../2015-11-19")]
    [InlineData("before November 2015", "../2015-10-31")]
    [InlineData("after 2015", "2016-01-01/..")]
    [InlineData("on or before 20 November 2015", "../2015-11-20")]
    [InlineData("by November 2015", "../2015-11")]
    [InlineData("since 19 January 2015", "2015-01-19/..")]
    [InlineData("around 2015", "2015~")]
    [InlineData("about November 2015", "2015-11~")]
    [InlineData("circa 2015", "2015~")]
    [InlineData("2015?", "2015?")]
    [InlineData("November 2015?", "2015-11?")]
    [InlineData("16–22 November 2015", "2015-11-16/2015-11-22")]
    [InlineData("16-22 November 2015", "2015-11-16/2015-11-22")]
    [InlineData("16 - 22 November 2015", "2015-11-16/2015-11-22")]
    [InlineData("16 November – 2 December 2015", "2015-11-16/2015-12-02")]
    [InlineData("November–December 2015", "2015-11/2015-12")]
    [InlineData("2014–2015", "2014/2015")]
    [InlineData("between 16 and 22 November 2015", "2015-11-16/2015-11-22")]
    [InlineData("from 16 November 2015 to 2 January 2016", "2015-11-16/2016-01-02")]
    [InlineData("about 16–22 November 2015", "2015-11-16~/2015-11-22~")]
    [InlineData("the 2010s", "201X")]
    [InlineData("2010s", "201X")]
    [InlineData("2015", "2015")]
    [InlineData("2015-11-18", "2015-11-18")]
    public void Plain_english_dates_are_stored_as_the_edtf_that_says_the_same(string text, string? edtf)
    {
        if (edtf is null)
        {
            Assert.False(ImpreciseDate.TryRead(text, out _, out _));
            return;
        }
        Assert.True(ImpreciseDate.TryRead(text, out var date, out var error), error);
        Assert.Equal(edtf, date.Edtf);
    }

    [Fact]
    public void Edtf_is_kept_exactly_as_given()
    {
        Assert.True(ImpreciseDate.TryRead("2015-11-18~", out var date, out _));
        Assert.Equal("2015-11-18~", date.Edtf);
    }

    [Theory]
    [InlineData("spring 2015", "2015-03-01", "2015-05-31")]
    [InlineData("mid-November 2015", "2015-11-11", "2015-11-20")]
    [InlineData("before 20 November 2015", null, "2015-11-19")]
    public void A_plain_date_means_the_days_its_edtf_means(string text, string? earliest, string? latest)
    {
        Assert.True(ImpreciseDate.TryRead(text, out var date, out var error), error);
        Assert.Equal(earliest, date.Earliest?.ToString("uuuu-MM-dd", null));
        Assert.Equal(latest, date.Latest?.ToString("uuuu-MM-dd", null));
    }

    [Theory]
    [InlineData("2015-21", "spring 2015 (March to May 2015)")]
    [InlineData("2015-24", "winter 2015 (December 2015 to February 2016)")]
    [InlineData("2015-11", "November 2015")]
    [InlineData("2015-11-18", "18 November 2015")]
    [InlineData("2015", "2015")]
    [InlineData("2015~", "about 2015")]
    [InlineData("2015?", "2015 (uncertain)")]
    [InlineData("2015-11-18%", "about 18 November 2015 (uncertain)")]
    [InlineData("201X", "the 2010s")]
    [InlineData("2015-11-16/2015-11-22", "16–22 November 2015")]
    [InlineData("2015-11/2015-12", "November–December 2015")]
    [InlineData("2014/2015", "2014–2015")]
    [InlineData("2015-11-16/2016-01-02", "16 November 2015 to 2 January 2016")]
    [InlineData("../2015-11-19", "on or before 19 November 2015")]
    [InlineData("2015-11-18/..", "on or after 18 November 2015")]
    [InlineData("2015-11-16~/2015-11-22~", "about 16 November 2015 to about 22 November 2015")]
    public void Every_date_has_a_plain_reading(string edtf, string reading) =>
        Assert.Equal(reading, ImpreciseDate.Parse(edtf).Reading());

    [Theory]
    [InlineData("sometime last week")]
    [InlineData("spring")]
    [InlineData("Wednesday")]
    [InlineData("32/11/2015")]
    [InlineData("31 February 2015")]
    public void An_unreadable_date_is_refused_with_the_forms_that_work(string text)
    {
        Assert.False(ImpreciseDate.TryRead(text, out var date, out var error));

        Assert.Null(date);
        Assert.True(error.Contains("18/11/2015", StringComparison.Ordinal) || error.Contains("not a possible date", StringComparison.Ordinal), error);
    }

    [Fact]
    public void The_forms_that_work_say_numeric_dates_are_read_day_first()
    {
        Assert.False(ImpreciseDate.TryRead("next Tuesday", out _, out var error));
        Assert.Contains("day first", error, StringComparison.Ordinal);
        Assert.Contains("spring 2015", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("19 January 2015", "2015-01-19")]
    [InlineData("25 November 2015", "2015-11-25")]
    [InlineData("January 19, 2015", "2015-01-19")]
    [InlineData("November 2015", "2015-11")]
    [InlineData("2015", "2015")]
    [InlineData("the end of January of 2013", "2013-01-21/2013-01-31")]
    [InlineData("by the end of January of 2013", "../2013-01-31")]
    [InlineData("since mid-November 2015", "2015-11-11/..")]
    [InlineData("in spring 2015", "2015-21")]
    [InlineData("on 18 November 2015", "2015-11-18")]
    public void Dates_as_the_seed_reports_write_them_are_read(string text, string edtf)
    {
        Assert.True(ImpreciseDate.TryRead(text, out var date, out var error), error);
        Assert.Equal(edtf, date.Edtf);
    }
}
