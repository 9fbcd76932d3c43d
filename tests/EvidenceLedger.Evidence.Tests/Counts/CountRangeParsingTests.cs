using EvidenceLedger.Evidence.Counts;

namespace EvidenceLedger.Evidence.Tests.Counts;

public class CountRangeParsingTests
{
    [Theory]
    [InlineData("more than 30", 31, null)]
    [InlineData("over 30", 31, null)]
    [InlineData("four", 4, 4)]
    [InlineData("4", 4, 4)]
    [InlineData("exactly 12", 12, 12)]
    [InlineData("at least 15", 15, null)]
    [InlineData("no fewer than fifteen", 15, null)]
    [InlineData("15 or more", 15, null)]
    [InlineData("15+", 15, null)]
    [InlineData("up to 60", null, 60)]
    [InlineData("as many as sixty", null, 60)]
    [InlineData("no more than 60", null, 60)]
    [InlineData("60 or fewer", null, 60)]
    [InlineData("fewer than 10", null, 9)]
    [InlineData("less than one", null, 0)]
    [InlineData("between 10 and 20", 10, 20)]
    [InlineData("between ten and twenty", 10, 20)]
    [InlineData("from 10 to 20", 10, 20)]
    [InlineData("10-20", 10, 20)]
    [InlineData("10 – 20", 10, 20)]
    [InlineData("twenty-one", 21, 21)]
    [InlineData("ninety nine", 99, 99)]
    [InlineData("nineteen", 19, 19)]
    [InlineData("zero", 0, 0)]
    [InlineData("a hundred", 100, 100)]
    [InlineData("two hundred and five", 205, 205)]
    [InlineData("1,200", 1200, 1200)]
    [InlineData("dozens", 24, null)]
    [InlineData("a dozen", 12, 12)]
    [InlineData("hundreds", 200, null)]
    [InlineData("More Than Thirty", 31, null)]
    public void Phrases_commit_to_the_range_they_state(string phrase, int? min, int? max)
    {
        var range = CountRange.Parse(phrase);

        Assert.Equal((min, max), (range.Min, range.Max));
        Assert.Null(range.Subject);
    }

    [Theory]
    [InlineData("more than 30 IS members killed", 31, null, "IS members killed")]
    [InlineData("four killed", 4, 4, "killed")]
    [InlineData("at least 15 civilians, including children", 15, null, "civilians, including children")]
    [InlineData("between 10 and 20 al-Nusra fighters", 10, 20, "al-Nusra fighters")]
    [InlineData("dozens of civilians wounded", 24, null, "civilians wounded")]
    [InlineData("twenty-one people detained", 21, 21, "people detained")]
    public void Whatever_follows_the_number_is_what_is_counted(string phrase, int? min, int? max, string subject) =>
        Assert.Equal(new CountRange(min, max, subject, AsReported: phrase), CountRange.Parse(phrase));

    [Theory]
    [InlineData("between 20 and 10", "below the lower one")]
    [InlineData("20-10", "below the lower one")]
    [InlineData("-5", "cannot be negative")]
    [InlineData("more than -1", "cannot be negative")]
    [InlineData("fewer than 0", "no possible count")]
    [InlineData("more than many", "not a count phrase")]
    [InlineData("between 10", "between <number> and <number>")]
    [InlineData("four five", "not a count phrase")]
    [InlineData("99999999999", "too large")]
    [InlineData("", "required")]
    public void Impossible_or_unreadable_phrases_are_rejected(string phrase, string expectedMessage)
    {
        Assert.False(CountRange.TryParse(phrase, out var range, out var error));

        Assert.Null(range);
        Assert.Contains(expectedMessage, error, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => CountRange.Parse(phrase));
    }
}
