using System.Globalization;
using Analytics.Reports.Charts;
using Analytics.Reports.Localization;
using Analytics.Reports.Pdf;

namespace Analytics.Reports.Weekly;

/// <summary>The weekly monitoring report as an A4 PDF, in Russian or Kazakh.</summary>
public static class WeeklyReportWriter
{
    private static readonly Lazy<LiquidTemplate> Template = new(() =>
        LiquidTemplate.Load("weekly.liquid", typeof(WeeklyReportView), typeof(KpiRowView), typeof(SectorRowView)));

    private static readonly Lazy<string> Css = new(() => LiquidTemplate.ReadEmbedded("Templates/report.css"));

    /// <summary>The PDF's file name: <c>weekly-w07-ru.pdf</c>.</summary>
    public static string FileName(int week, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return $"weekly-w{week.ToString("00", CultureInfo.InvariantCulture)}-{language.Code}.pdf";
    }

    /// <summary>Prints the report to <c>weekly-wNN-&lt;lang&gt;.pdf</c> in <paramref name="outDirectory"/> (created if missing).</summary>
    /// <returns>The PDF's path.</returns>
    public static async Task<string> WriteAsync(WeeklyReport report, ReportLanguage language, string outDirectory, PdfPrinter printer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(printer);
        ArgumentException.ThrowIfNullOrWhiteSpace(outDirectory);

        var html = RenderHtml(report, language);
        Directory.CreateDirectory(outDirectory);
        var path = Path.Combine(outDirectory, FileName(report.Header.Week, language));
        await printer.PrintAsync(html, path);
        return path;
    }

    /// <summary>The self-contained HTML that is printed: CSS and chart inline, no external URL, every data value HTML-encoded.</summary>
    public static string RenderHtml(WeeklyReport report, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(language);
        Validate(report);

        var view = WeeklyReportView.Build(report, language);
        var chart = EventsPerWeekChart.RenderSvg(report.EventsPerWeek, report.Header, language);
        return Template.Value.Render(new Dictionary<string, object?>
        {
            ["report"] = view,
            ["t"] = new Dictionary<string, string>(language.Labels),
            ["css"] = Css.Value,      // ours, trusted
            ["chart_svg"] = chart,    // built by ScottPlot from numbers and our labels, trusted
        });
    }

    private static void Validate(WeeklyReport report)
    {
        var header = report.Header;
        if (header.WeeksTotal < 1)
        {
            throw new ArgumentException($"Header.WeeksTotal is {header.WeeksTotal}; expected 16 (at least 1).", nameof(report));
        }

        if (header.Week < 1 || header.Week > header.WeeksTotal)
        {
            throw new ArgumentException($"Header.Week is {header.Week}; expected 1..{header.WeeksTotal}.", nameof(report));
        }

        if (header.Stage is < 1 or > 4)
        {
            throw new ArgumentException($"Header.Stage is {header.Stage}; expected 1..4.", nameof(report));
        }

        foreach (var week in report.EventsPerWeek)
        {
            if (week.Week < 1 || week.Week > header.WeeksTotal)
            {
                throw new ArgumentException($"EventsPerWeek has week {week.Week}; expected 1..{header.WeeksTotal}.", nameof(report));
            }
        }
    }
}
