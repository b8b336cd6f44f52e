using Analytics.Reports.Common;
using Analytics.Reports.Common.Pdf;
using Analytics.Reports.Common.Views;
using Analytics.Reports.Localization;
using Analytics.Reports.Pdf;

namespace Analytics.Reports.Final;

/// <summary>The final national report as an A4 PDF with its XLSX companion and manifest, in Russian or Kazakh.</summary>
public static class FinalReportWriter
{
    /// <summary><c>final-ru</c>; the files add .pdf, .xlsx, .manifest.json.</summary>
    public static string BaseName(ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return "final-" + language.Code;
    }

    public static async Task<PeriodicReportFiles> WriteAsync(FinalReport report, ReportLanguage language, string outDirectory, PdfPrinter printer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(printer);
        ArgumentException.ThrowIfNullOrWhiteSpace(outDirectory);

        Directory.CreateDirectory(outDirectory);
        var name = Path.Combine(outDirectory, BaseName(language));
        var files = new PeriodicReportFiles(name + ".pdf", name + ".xlsx", name + ".manifest.json");
        var view = FinalReportView.Build(report, language);
        var text = new ReportText(language);
        var pages = await TwoPassPrinter.PrintAsync(printer, found => PeriodicDocument.Render("final.liquid", view.Cover, view.Sections, text, found), files.Pdf);
        PdfDocumentDate.Pin(files.Pdf, report.Campaign.Cutoff);
        FinalReportWorkbook.Write(report, language, files.Xlsx);
        var federation = new ReportScope(ReportScope.Federation, report.FederationId, "", "", null);
        PeriodicReportManifest.For("final", null, federation, report.Campaign, language, report.Inputs, pages, files.Pdf, files.Xlsx).Write(files.Manifest);
        return files with { Pages = pages };
    }

    /// <summary>The self-contained HTML that is printed; <paramref name="pages"/> fills the contents' page numbers.</summary>
    public static string RenderHtml(FinalReport report, ReportLanguage language, IReadOnlyDictionary<string, int>? pages = null)
    {
        var view = FinalReportView.Build(report, language);
        return PeriodicDocument.Render("final.liquid", view.Cover, view.Sections, new ReportText(language), pages);
    }
}
