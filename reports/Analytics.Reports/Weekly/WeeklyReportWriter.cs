using System.Globalization;
using Analytics.Reports.Charts;
using Analytics.Reports.Localization;
using Analytics.Reports.Pdf;
using Analytics.Reports.Xlsx;

namespace Analytics.Reports.Weekly;

/// <summary>The weekly monitoring report as an A4 PDF, in Russian or Kazakh.</summary>
public static class WeeklyReportWriter
{
    private static readonly Lazy<LiquidTemplate> Template = new(() =>
        LiquidTemplate.Load(
            "weekly.liquid",
            typeof(WeeklyReportView),
            typeof(Common.Views.KpiRow),
            typeof(SectorRowView),
            typeof(ActivityRowView),
            typeof(RedZoneView),
            typeof(RedPrimaryRowView),
            typeof(EmergingProblemsView),
            typeof(EmergingRowView),
            typeof(ThreatLightView),
            typeof(ThreatRowView)));

    private static readonly Lazy<string> Css = new(() => LiquidTemplate.ReadEmbedded("Templates/report.css"));

    /// <summary>The PDF's file name: <c>weekly-w07-ru.pdf</c>.</summary>
    public static string FileName(int week, ReportLanguage language) => BaseName(week, language) + ".pdf";

    /// <summary>
    /// Prints the report to <c>weekly-wNN-&lt;lang&gt;.pdf</c> in <paramref name="outDirectory"/> (created if
    /// missing), writes its XLSX companion <c>.xlsx</c> and its <c>.manifest.json</c> beside it.
    /// </summary>
    public static async Task<WeeklyReportFiles> WriteAsync(WeeklyReport report, ReportLanguage language, string outDirectory, PdfPrinter printer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(printer);
        ArgumentException.ThrowIfNullOrWhiteSpace(outDirectory);

        var html = RenderHtml(report, language);
        Directory.CreateDirectory(outDirectory);
        var name = Path.Combine(outDirectory, BaseName(report.Header.Week, language));
        var files = new WeeklyReportFiles(name + ".pdf", name + ".xlsx", name + ".manifest.json");

        await printer.PrintAsync(html, files.Pdf);
        PdfDocumentDate.Pin(files.Pdf, report.Header.Cutoff);
        WeeklyReportWorkbook.Write(report, language, files.Xlsx);
        WeeklyReportManifest.For(report, language, files.Pdf, files.Xlsx).Write(files.Manifest);
        return files;
    }

    /// <summary>The self-contained HTML that is printed: CSS and chart inline, no external URL, every data value HTML-encoded.</summary>
    public static string RenderHtml(WeeklyReport report, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(language);
        Validate(report);

        var view = WeeklyReportView.Build(report, language);
        var chart = EventsPerWeekChart.RenderSvg(report.EventsPerWeek, report.Header, language);
        var map = RegionMapChart.RenderSvg(report.Regions, report.Header.Cutoff, language);
        return Template.Value.Render(new Dictionary<string, object?>
        {
            ["report"] = view,
            ["t"] = new Dictionary<string, string>(language.Labels),
            ["css"] = Css.Value,      // ours, trusted
            ["chart_svg"] = chart,    // built by ScottPlot from numbers and our labels, trusted
            ["map_svg"] = map,        // built by us; region names from the warehouse are escaped inside it
        });
    }

    private static string BaseName(int week, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return $"weekly-w{week.ToString("00", CultureInfo.InvariantCulture)}-{language.Code}";
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

/// <summary>The three files of a weekly report, side by side.</summary>
public sealed record WeeklyReportFiles(string Pdf, string Xlsx, string Manifest);
