using EvidenceLedger.Evidence.Texts;

namespace EvidenceLedger.Evidence.Tests.Texts;

public class Likely_duplicates
{
    [Theory]
    [InlineData("Sound & Picture", "Sound and Picture")]
    [InlineData("al-Bukamal", "Al Bukamal")]
    [InlineData("SyriaDirect", "Syria Direct")]
    [InlineData("Ḥajīn", "Hajin")]
    [InlineData("Deir ez-Zor 24", "DEIR EZ ZOR 24")]
    [InlineData("Raqqa's Voice", "Raqqas voice")]
    [InlineData("البوكمال", "البُوكَمال")]
    [InlineData("Clashes with the Khalifa family", "Clashes with the Khalifa family.")]
    [InlineData("Clashes with the Khalifa family", "Clashes with the Kalifa family")]
    public void Names_that_fold_alike_or_differ_by_a_slip_are_likely_the_same(string candidate, string known) =>
        Assert.True(LikelyDuplicates.Similar(candidate, known));

    [Theory]
    [InlineData("Syria Direct", "Sound and Picture")]
    [InlineData("Hajin", "Hajim")]
    [InlineData("Checkpoint executions", "Checkpoint executions at the bridge")]
    [InlineData("Internet cut in the city", "Shelling of the old market")]
    [InlineData("", "")]
    [InlineData("---", "...")]
    public void Different_names_short_names_a_letter_apart_and_empty_names_are_not(string candidate, string known) =>
        Assert.False(LikelyDuplicates.Similar(candidate, known));

    [Fact]
    public void A_name_matching_any_alias_is_likely_the_same_source() =>
        Assert.True(LikelyDuplicates.SimilarToAny("Syria-Direct", ["Syria Direct News", "SyriaDirect"]));

    [Fact]
    public void Folding_drops_case_diacritics_and_punctuation_and_reads_the_ampersand_as_and() =>
        Assert.Equal("soundandpicture", LikelyDuplicates.Key(" Sound & Pícture! "));
}
