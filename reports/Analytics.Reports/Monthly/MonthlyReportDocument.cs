using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Reports.Common;
using Analytics.Reports.Common.Views;
using Analytics.Reports.Localization;
using Analytics.Reports.Pdf;
using Analytics.Reports.Pipeline;

namespace Analytics.Reports.Monthly;

/// <summary>A monthly analytical report (A4, with contents) for <see cref="ReportWriter"/>, in Russian or Kazakh.</summary>
public sealed partial class MonthlyReportDocument(MonthlyReport report) : IReportDocument
{
    public ReportIdentity Identity { get; } = new("monthly", report.Scope, null, report.Month, report.Campaign.Cutoff, report.Inputs);

    public bool HasContents => true;

    /// <summary><c>monthly-m2-sector-S03-kk</c>: month, scope, key and language.</summary>
    public string BaseName(ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var key = UnsafeInName().Replace(report.Scope.Key, "_");
        return $"monthly-m{report.Month.ToString(CultureInfo.InvariantCulture)}-{report.Scope.Scope}-{key}-{language.Code}";
    }

    public string RenderHtml(ReportLanguage language, IReadOnlyDictionary<string, int>? pages = null)
    {
        var view = MonthlyReportView.Build(report, language);
        return PeriodicDocument.Render("monthly.liquid", view.Cover, view.Sections, new ReportText(language), pages);
    }

    public void WriteWorkbook(ReportLanguage language, string path) => MonthlyReportWorkbook.Write(report, language, path);

    [GeneratedRegex("[^A-Za-z0-9_-]")]
    private static partial Regex UnsafeInName();
}
