using EvidenceLedger.Evidence.Counts;

namespace EvidenceLedger.Evidence.Tests.Counts;

public class CountPhrasesAsReportedTests
{
    [Theory]
    [InlineData("more than 30 IS members killed")]
    [InlineData("  about 40 killed ")]
    [InlineData("Dozens of civilians wounded")]
    [InlineData("up to 60 IS fighters killed")]
    public void A_parsed_phrase_keeps_the_words_exactly_as_reported(string phrase) =>
        Assert.Equal(phrase, CountRange.Parse(phrase).AsReported);

    [Fact]
    public void A_count_given_as_figures_has_no_phrase() =>
        Assert.Null(new CountRange(4, 4, "IS members killed").AsReported);

    [Theory]
    [InlineData("about 40 killed", 40, 40, "killed")]
    [InlineData("around thirty", 30, 30, null)]
    [InlineData("approximately 200 civilians", 200, 200, "civilians")]
    [InlineData("roughly 12", 12, 12, null)]
    [InlineData("some 30 fighters", 30, 30, "fighters")]
    [InlineData("nearly 50 people", 50, 50, "people")]
    [InlineData("an estimated 200 families displaced", 200, 200, "families displaced")]
    [InlineData("about 30 to 40 killed", 30, 40, "killed")]
    public void Estimates_are_accepted_and_read_as_approximate(string phrase, int? min, int? max, string? subject)
    {
        var range = CountRange.Parse(phrase);

        Assert.Equal((min, max, subject, true), (range.Min, range.Max, range.Subject, range.Approximate));
    }

    [Theory]
    [InlineData("several Islamic State checkpoint guards died", 2, "Islamic State checkpoint guards died")]
    [InlineData("dozens of civilians", 24, "civilians")]
    [InlineData("hundreds of families", 200, "families")]
    [InlineData("scores of fighters", 40, "fighters")]
    [InlineData("tens of its foreign fighters killed", 20, "its foreign fighters killed")]
    [InlineData("many internal disputes", 2, "internal disputes")]
    [InlineData("a few armed men", 2, "armed men")]
    [InlineData("some weapons", 1, "weapons")]
    public void Vague_multiples_are_accepted_as_an_open_range_from_their_smallest_reading(string phrase, int min, string subject)
    {
        var range = CountRange.Parse(phrase);

        Assert.Equal((min, (int?)null, subject), (range.Min, range.Max, range.Subject));
    }

    [Theory]
    [InlineData("more than 30 IS members killed", "at least 31")]
    [InlineData("four IS members killed", "exactly 4")]
    [InlineData("up to 60", "at most 60")]
    [InlineData("fewer than 10", "at most 9")]
    [InlineData("between 10 and 20", "between 10 and 20")]
    [InlineData("about 40 killed", "about 40 (approximate, no exact bound)")]
    [InlineData("some 30 to 40", "about 30 to 40 (approximate, no exact bound)")]
    [InlineData("dozens of civilians", "at least 24")]
    [InlineData("more than 35 air raids", "at least 36")]
    [InlineData("more than 15 IS members died", "at least 16")]
    public void The_reading_says_in_words_what_the_phrase_commits_to(string phrase, string reading) =>
        Assert.Equal(reading, CountRange.Parse(phrase).Reading());

    [Fact]
    public void A_phrase_survives_the_event_that_records_it()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(CountRange.Parse("about 40 killed"), EvidenceLedger.Evidence.Tests.Support.Json.Web);
        var back = System.Text.Json.JsonSerializer.Deserialize<CountRange>(json, EvidenceLedger.Evidence.Tests.Support.Json.Web);

        Assert.Equal(CountRange.Parse("about 40 killed"), back);
    }

    [Fact]
    public void A_count_recorded_before_phrases_were_kept_still_reads() =>
        Assert.Equal(new CountRange(4, 4, "killed"),
            System.Text.Json.JsonSerializer.Deserialize<CountRange>("""{"min":4,"max":4,"subject":"killed"}""", EvidenceLedger.Evidence.Tests.Support.Json.Web));
}
