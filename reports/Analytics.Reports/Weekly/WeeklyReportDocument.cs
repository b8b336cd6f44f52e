using System.Globalization;
using Analytics.Reports.Charts;
using Analytics.Reports.Common;
using Analytics.Reports.Localization;
using Analytics.Reports.Pdf;
using Analytics.Reports.Pipeline;
using Analytics.Reports.Xlsx;

namespace Analytics.Reports.Weekly;

/// <summary>The weekly monitoring report (at most four A4 pages) for <see cref="ReportWriter"/>, in Russian or Kazakh.</summary>
public sealed class WeeklyReportDocument(WeeklyReport report) : IReportDocument
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

    public ReportIdentity Identity { get; } = ReportIdentity.National("weekly", report.FederationId, report.Header.Cutoff, report.Inputs, report.Header.Week);

    public bool HasContents => false;

    /// <summary><c>weekly-w07-ru</c>.</summary>
    public string BaseName(ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return $"weekly-w{report.Header.Week.ToString("00", CultureInfo.InvariantCulture)}-{language.Code}";
    }

    public void WriteWorkbook(ReportLanguage language, string path) => WeeklyReportWorkbook.Write(report, language, path);

    /// <summary>The self-contained HTML that is printed: CSS and chart inline, no external URL, every data value HTML-encoded.</summary>
    /// <param name="pages">Unused: the weekly report has no contents.</param>
    public string RenderHtml(ReportLanguage language, IReadOnlyDictionary<string, int>? pages = null)
    {
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
