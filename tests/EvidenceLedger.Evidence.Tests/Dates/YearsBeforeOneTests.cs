using EvidenceLedger.Evidence.Dates;

namespace EvidenceLedger.Evidence.Tests.Dates;

public class YearsBeforeOneTests
{
    [Theory]
    [InlineData("0000")]
    [InlineData("0000-11-18")]
    [InlineData("0000-21")]
    [InlineData("000X")]
    [InlineData("00XX")]
    [InlineData("0000/2015")]
    [InlineData("../0000-01")]
    public void Dates_before_year_1_are_refused(string edtf)
    {
        Assert.False(ImpreciseDate.TryParse(edtf, out _, out var error));
        Assert.Contains("years before 0001 are not supported", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001", "0001-01-01")]
    [InlineData("001X", "0010-01-01")]
    public void Year_1_is_the_first_supported(string edtf, string earliest) =>
        Assert.Equal(earliest, ImpreciseDate.Parse(edtf).Earliest?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
