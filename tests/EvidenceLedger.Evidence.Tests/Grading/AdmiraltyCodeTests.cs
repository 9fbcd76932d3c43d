using EvidenceLedger.Evidence.Grading;

namespace EvidenceLedger.Evidence.Tests.Grading;

public class AdmiraltyCodeTests
{
    [Theory]
    [InlineData(SourceReliability.CompletelyReliable, 'A')]
    [InlineData(SourceReliability.UsuallyReliable, 'B')]
    [InlineData(SourceReliability.CannotBeJudged, 'F')]
    public void Reliability_grades_read_as_letters(SourceReliability reliability, char code)
    {
        Assert.Equal(code, AdmiraltyCode.Of(reliability));
        Assert.True(AdmiraltyCode.TryParseReliability(code.ToString(), out var parsed));
        Assert.Equal(reliability, parsed);
    }

    [Theory]
    [InlineData(InformationCredibility.ConfirmedByOtherSources, '1')]
    [InlineData(InformationCredibility.Doubtful, '4')]
    [InlineData(InformationCredibility.TruthCannotBeJudged, '6')]
    public void Credibility_grades_read_as_digits(InformationCredibility credibility, char code)
    {
        Assert.Equal(code, AdmiraltyCode.Of(credibility));
        Assert.True(AdmiraltyCode.TryParseCredibility(code.ToString(), out var parsed));
        Assert.Equal(credibility, parsed);
    }

    [Theory]
    [InlineData("G")]
    [InlineData("")]
    [InlineData("AB")]
    [InlineData(null)]
    public void Unknown_letters_are_not_reliability_grades(string? code) =>
        Assert.False(AdmiraltyCode.TryParseReliability(code, out _));

    [Theory]
    [InlineData("0")]
    [InlineData("7")]
    [InlineData("A")]
    public void Unknown_digits_are_not_credibility_grades(string code) =>
        Assert.False(AdmiraltyCode.TryParseCredibility(code, out _));

    [Fact]
    public void A_lower_case_letter_reads_as_its_grade()
    {
        Assert.True(AdmiraltyCode.TryParseReliability("b", out var parsed));
        Assert.Equal(SourceReliability.UsuallyReliable, parsed);
    }
}
