using Analytics.Reports.Charts;
using Analytics.Reports.Localization;
using Analytics.Reports.Tests.Weekly;

namespace Analytics.Reports.Tests.Charts;

public sealed class EventsPerWeekChartTests
{
    [Fact]
    public void RenderSvg_Week7_IsInlineableSvgWithViewBoxAndLabelsInLanguage()
    {
        var report = SampleWeeklyReport.Week7();

        var svg = EventsPerWeekChart.RenderSvg(report.EventsPerWeek, report.Header, ReportLanguage.Kazakh);

        Assert.StartsWith("<svg ", svg);
        Assert.DoesNotContain("<?xml", svg);
        Assert.Contains("viewBox=\"0 0 660 ", svg);
        Assert.Contains("Науқан апталары бойынша іс-шаралар", svg);
        Assert.Contains("Науқан аптасы", svg);
        Assert.Contains("Дереккөз:", svg);
        Assert.Contains("7-апта әлі аяқталған жоқ", svg); // cut-off 18.04 is inside week 7 (15–21.04)
        Assert.Contains("2\u00A0398", svg);
        Assert.Matches(@">\s*16\s*<", svg); // the last week tick
        Assert.Contains("font-family=\"DejaVu Sans\"", svg);
    }
}
