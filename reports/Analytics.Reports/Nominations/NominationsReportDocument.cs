using System.Globalization;
using Analytics.Reports.Common.Views;
using Analytics.Reports.Localization;
using Analytics.Reports.Pdf;
using Analytics.Reports.Pipeline;

namespace Analytics.Reports.Nominations;

/// <summary>The commission's pack (A4, with contents) for <see cref="ReportWriter"/>, in Russian or Kazakh.</summary>
public sealed class NominationsReportDocument(NominationsReport report) : IReportDocument
{
    public ReportIdentity Identity { get; } = ReportIdentity.National("nominations", report.FederationId, report.Campaign.Cutoff, report.Inputs);

    public bool HasContents => true;

    /// <summary><c>nominations-2026-12-10-ru</c>: the shortlists are as of their cut-off.</summary>
    public string BaseName(ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return $"nominations-{report.Campaign.Cutoff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{language.Code}";
    }

    public string RenderHtml(ReportLanguage language, IReadOnlyDictionary<string, int>? pages = null)
    {
        var view = NominationsReportView.Build(report, language);
        return PeriodicDocument.Render("nominations.liquid", view.Cover, view.Sections, new ReportText(language), pages);
    }

    public void WriteWorkbook(ReportLanguage language, string path) => NominationsReportWorkbook.Write(report, language, path);
}
