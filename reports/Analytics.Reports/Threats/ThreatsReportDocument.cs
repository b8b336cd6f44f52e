using System.Globalization;
using Analytics.Reports.Common;
using Analytics.Reports.Common.Views;
using Analytics.Reports.Localization;
using Analytics.Reports.Pdf;
using Analytics.Reports.Pipeline;

namespace Analytics.Reports.Threats;

/// <summary>
/// The threat sheets for <see cref="ReportWriter"/>, in Russian or Kazakh. Every page carries the marking of the
/// algorithm's appendices 4 and 6, «Для служебного пользования» / «Қызметтік пайдалану үшін», top and bottom.
/// </summary>
public sealed class ThreatsReportDocument(ThreatsReport report, string? orgId = null) : IReportDocument
{
    public ReportIdentity Identity { get; } = orgId is null
        ? ReportIdentity.National("threats", report.FederationId, report.Campaign.Cutoff, report.Inputs)
        : new ReportIdentity("threats", ScopeOf(report, orgId), null, null, report.Campaign.Cutoff, report.Inputs);

    public bool HasContents => false;

    /// <summary><c>threats-2026-10-15-ru</c>, or <c>threats-2026-10-15-S03-ru</c> for one organisation's sheet.</summary>
    public string BaseName(ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        var date = report.Campaign.Cutoff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return orgId is null ? $"threats-{date}-{language.Code}" : $"threats-{date}-{orgId}-{language.Code}";
    }

    /// <param name="pages">Unused: the sheets have no contents.</param>
    public string RenderHtml(ReportLanguage language, IReadOnlyDictionary<string, int>? pages = null)
    {
        var view = ThreatsReportView.Build(report, language);
        return PeriodicTemplates.Document("threats.liquid", new ReportText(language), new Dictionary<string, object?>
        {
            ["report"] = view,
            ["page_css"] = PageCss(view.Marking, view.RunningHead),
        });
    }

    public void WriteWorkbook(ReportLanguage language, string path) => ThreatsReportWorkbook.Write(report, language, path);

    /// <summary>The marking on every page, the first included, top left and bottom right; the running head top right.</summary>
    private static string PageCss(string marking, string runningHead)
    {
        const string Style = "font-family: \"Noto Sans\", \"DejaVu Sans\", sans-serif; font-size: 7.5pt;";
        var quoted = CssText.Quoted(marking);
        return "@page {"
            + " @top-left { content: " + quoted + "; " + Style + " font-weight: bold; color: #1f2430; }"
            + " @top-right { content: " + CssText.Quoted(runningHead) + "; " + Style + " color: #6b7280; }"
            + " @bottom-right { content: " + quoted + "; " + Style + " font-weight: bold; color: #1f2430; } }\n";
    }

    private static ReportScope ScopeOf(ThreatsReport report, string orgId)
    {
        var sheet = report.Sheets.Single(s => s.OrgId == orgId);
        return new ReportScope(sheet.Level, orgId, sheet.NameRu, sheet.NameKk, null);
    }
}
