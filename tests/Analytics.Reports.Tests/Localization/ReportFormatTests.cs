using Analytics.Reports.Localization;

namespace Analytics.Reports.Tests.Localization;

public sealed class ReportFormatTests
{
    public static TheoryData<string> Languages => new() { "ru", "kk" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Number_Thousands_SeparatedByNoBreakSpace(string code)
    {
        var format = ReportLanguage.Parse(code).Format;

        Assert.Equal("12\u00A0345", format.Number(12345));
        Assert.Equal("1\u00A0234\u00A0567", format.Number(1234567L));
        Assert.Equal("999", format.Number(999));
        Assert.Equal("0", format.Number(0));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Number_Decimals_UseCommaAndRoundHalfAwayFromZero(string code)
    {
        var format = ReportLanguage.Parse(code).Format;

        Assert.Equal("1\u00A0234,6", format.Number(1234.55m, decimals: 1));
        Assert.Equal("3", format.Number(2.5m));
        Assert.Equal("-3", format.Number(-2.5m));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Percent_Share_HasOneDecimalAndSpacedSign(string code)
    {
        var format = ReportLanguage.Parse(code).Format;

        Assert.Equal("72,5\u00A0%", format.Percent(0.7245m)); // half away from zero, not to even (72,4)
        Assert.Equal("62,3\u00A0%", format.Percent(0.6234m));
        Assert.Equal("100,0\u00A0%", format.Percent(1m));
        Assert.Equal("0,0\u00A0%", format.Percent(0m));
        Assert.Equal("72\u00A0%", format.Percent(0.7245m, decimals: 0));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Date_Any_IsDayMonthYearWithDots(string code)
    {
        Assert.Equal("05.03.2025", ReportLanguage.Parse(code).Format.Date(new DateOnly(2025, 3, 5)));
    }

    [Theory]
    [InlineData("ru", 3, "март")]
    [InlineData("ru", 4, "апрель")]
    [InlineData("kk", 3, "наурыз")]
    [InlineData("kk", 4, "сәуір")]
    [InlineData("kk", 12, "желтоқсан")]
    public void MonthName_Month_IsNominativeLowerCase(string code, int month, string expected)
    {
        Assert.Equal(expected, ReportLanguage.Parse(code).Format.MonthName(month));
    }
}
