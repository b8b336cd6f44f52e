using System.Net;
using System.Text.RegularExpressions;
using Analytics.Reports.Localization;
using Analytics.Reports.Pipeline;
using Analytics.Reports.Weekly;

namespace Analytics.Reports.Tests.Weekly;

public sealed class WeeklyReportHtmlTests
{
    [Fact]
    public void RenderHtml_MarkupInSectorName_IsEscaped()
    {
        var report = SampleWeeklyReport.Week7(firstSectorName: SampleWeeklyReport.Script);

        var html = new WeeklyReportDocument(report).RenderHtml(ReportLanguage.Russian);

        Assert.Contains("&lt;img src=&quot;file:///etc/hostname&quot;&gt;&lt;script&gt;", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<script", html);
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("kk")]
    public void RenderHtml_AnyLanguage_HasNoExternalUrl(string code)
    {
        var html = new WeeklyReportDocument(SampleWeeklyReport.Week7()).RenderHtml(ReportLanguage.Parse(code));

        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/", "", StringComparison.Ordinal));
        Assert.DoesNotContain("https://", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotMatch(new Regex(@"url\(\s*[^#\s]"), html); // url(#clip) inside the SVG is local
        Assert.Contains($"<html lang=\"{code}\">", html);
    }

    [Fact]
    public void RenderHtml_Russian_ShowsCompletenessInTheF1Row()
    {
        // the encoder writes U+00A0 as &#xA0;
        var html = WebUtility.HtmlDecode(new WeeklyReportDocument(SampleWeeklyReport.Week7()).RenderHtml(ReportLanguage.Russian));

        var f1 = html.IndexOf(">F1<", StringComparison.Ordinal);
        var f2 = html.IndexOf(">F2<", StringComparison.Ordinal);
        var completeness = html.IndexOf("Полнота отчётности за месяц 2: 3\u00A0120 из 4\u00A0562 первичных организаций (68,4\u00A0%)", StringComparison.Ordinal);
        Assert.InRange(completeness, f1, f2);
    }

    [Fact]
    public void RenderHtml_Kazakh_SortsSectorsByKazakhNameAndNamesColours()
    {
        var html = new WeeklyReportDocument(SampleWeeklyReport.Week7()).RenderHtml(ReportLanguage.Kazakh);

        Assert.True(
            html.IndexOf("Агроөнеркәсіптік", StringComparison.Ordinal) < html.IndexOf("Бұқаралық", StringComparison.Ordinal),
            "sector unions should be in Kazakh alphabetical order");
        Assert.Contains("жасыл", html);
        Assert.Contains("қызыл", html);
        Assert.Contains("деректер жоқ", html);
    }

    [Fact]
    public void RenderHtml_WeekOutsideCampaign_ThrowsNamingTheValue()
    {
        var report = SampleWeeklyReport.Week7();
        report = report with { Header = report.Header with { Week = 17 } };

        var error = Assert.Throws<ArgumentException>(() => new WeeklyReportDocument(report).RenderHtml(ReportLanguage.Russian));

        Assert.Contains("Header.Week is 17; expected 1..16", error.Message);
    }

    [Fact]
    public void FileName_Week7Kazakh_IsZeroPadded()
    {
        Assert.Equal("weekly-w07-kk.pdf", new WeeklyReportDocument(SampleWeeklyReport.Week7()).BaseName(ReportLanguage.Kazakh) + ".pdf");
    }
}
