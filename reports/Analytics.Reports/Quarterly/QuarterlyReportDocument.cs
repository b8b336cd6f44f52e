using System.Globalization;
using Analytics.Reports.Common;
using Analytics.Reports.Common.Views;
using Analytics.Reports.Localization;
using Analytics.Reports.Pdf;
using Analytics.Reports.Pipeline;

namespace Analytics.Reports.Quarterly;

/// <summary>The national dashboard (landscape A4) for <see cref="ReportWriter"/>, in Russian or Kazakh.</summary>
public sealed class QuarterlyReportDocument(QuarterlyReport report) : IReportDocument
{
    public ReportIdentity Identity { get; } = ReportIdentity.National("quarterly", report.FederationId, report.Campaign.Cutoff, report.Inputs);

    public bool HasContents => false;

    /// <summary><c>quarterly-2026-11-20-ru</c>: the dashboard is as of its cut-off.</summary>
    public string BaseName(ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return $"quarterly-{report.Campaign.Cutoff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{language.Code}";
    }

    /// <param name="pages">Unused: the dashboard has no contents.</param>
    public string RenderHtml(ReportLanguage language, IReadOnlyDictionary<string, int>? pages = null)
    {
        var view = QuarterlyReportView.Build(report, language);
        return PeriodicTemplates.Document("quarterly.liquid", new ReportText(language), new Dictionary<string, object?>
        {
            ["report"] = view,
            ["page_css"] = PeriodicTemplates.PageCss(view.RunningHead),
        });
    }

    public void WriteWorkbook(ReportLanguage language, string path) => QuarterlyReportWorkbook.Write(report, language, path);
}
