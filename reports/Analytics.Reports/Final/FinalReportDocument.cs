using Analytics.Reports.Common;
using Analytics.Reports.Common.Views;
using Analytics.Reports.Localization;
using Analytics.Reports.Pdf;
using Analytics.Reports.Pipeline;

namespace Analytics.Reports.Final;

/// <summary>The final national report (A4, with contents) for <see cref="ReportWriter"/>, in Russian or Kazakh.</summary>
public sealed class FinalReportDocument(FinalReport report) : IReportDocument
{
    public string Family => "final";

    public ReportScope Scope { get; } = new(ReportScope.Federation, report.FederationId, "", "", null);

    public int? Week => null;

    public int? Month => null;

    public DateOnly Cutoff => report.Campaign.Cutoff;

    public IReadOnlyList<ReportInput> Inputs => report.Inputs;

    public bool HasContents => true;

    /// <summary><c>final-ru</c>.</summary>
    public string BaseName(ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return "final-" + language.Code;
    }

    public string RenderHtml(ReportLanguage language, IReadOnlyDictionary<string, int>? pages = null)
    {
        var view = FinalReportView.Build(report, language);
        return PeriodicDocument.Render("final.liquid", view.Cover, view.Sections, new ReportText(language), pages);
    }

    public void WriteWorkbook(ReportLanguage language, string path) => FinalReportWorkbook.Write(report, language, path);
}
