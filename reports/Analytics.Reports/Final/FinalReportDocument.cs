using Analytics.Reports.Common;
using Analytics.Reports.Common.Views;
using Analytics.Reports.Localization;
using Analytics.Reports.Pdf;
using Analytics.Reports.Pipeline;

namespace Analytics.Reports.Final;

/// <summary>The final national report (A4, with contents) for <see cref="ReportWriter"/>, in Russian or Kazakh.</summary>
public sealed class FinalReportDocument(FinalReport report) : IReportDocument
{
    public ReportIdentity Identity { get; } = ReportIdentity.National("final", report.FederationId, report.Campaign.Cutoff, report.Inputs);

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
