using System.Globalization;
using System.Text.RegularExpressions;
using Analytics.Reports.Common;
using Analytics.Reports.Common.Pdf;
using Analytics.Reports.Common.Views;
using Analytics.Reports.Localization;
using Analytics.Reports.Pdf;

namespace Analytics.Reports.Monthly;

/// <summary>A monthly analytical report as an A4 PDF with its XLSX companion and manifest, in Russian or Kazakh.</summary>
public static partial class MonthlyReportWriter
{
    /// <summary><c>monthly-m2-sector-S03-kk</c>: month, scope, key and language; the files add .pdf, .xlsx, .manifest.json.</summary>
    public static string BaseName(MonthlyReport report, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(language);
        var key = UnsafeInName().Replace(report.Scope.Key, "_");
        return $"monthly-m{report.Month.ToString(CultureInfo.InvariantCulture)}-{report.Scope.Scope}-{key}-{language.Code}";
    }

    /// <summary>Prints the PDF (twice: the contents learn their page numbers), then writes the XLSX and the manifest beside it.</summary>
    /// <param name="pages">Shared by the reports of a set: a report laid out like the one before it is printed once.</param>
    public static async Task<PeriodicReportFiles> WriteAsync(
        MonthlyReport report,
        ReportLanguage language,
        string outDirectory,
        PdfPrinter printer,
        ContentsPageMemory? pages = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(printer);
        ArgumentException.ThrowIfNullOrWhiteSpace(outDirectory);

        Directory.CreateDirectory(outDirectory);
        var name = Path.Combine(outDirectory, BaseName(report, language));
        var files = new PeriodicReportFiles(name + ".pdf", name + ".xlsx", name + ".manifest.json");

        var view = MonthlyReportView.Build(report, language);
        var count = await TwoPassPrinter.PrintAsync(
            printer, found => RenderHtml(view, language, found), files.Pdf, pages, $"monthly-{report.Scope.Scope}-{language.Code}");
        PdfDocumentDate.Pin(files.Pdf, report.Campaign.Cutoff);
        MonthlyReportWorkbook.Write(report, language, files.Xlsx);
        PeriodicReportManifest.For("monthly", report.Month, report.Scope, report.Campaign, language, report.Inputs, count, files.Pdf, files.Xlsx)
            .Write(files.Manifest);
        return files with { Pages = count };
    }

    /// <summary>The self-contained HTML that is printed; <paramref name="pages"/> fills the contents' page numbers.</summary>
    public static string RenderHtml(MonthlyReport report, ReportLanguage language, IReadOnlyDictionary<string, int>? pages = null) =>
        RenderHtml(MonthlyReportView.Build(report, language), language, pages);

    private static string RenderHtml(MonthlyReportView view, ReportLanguage language, IReadOnlyDictionary<string, int>? pages) =>
        PeriodicDocument.Render("monthly.liquid", view.Cover, view.Sections, new ReportText(language), pages);

    [GeneratedRegex("[^A-Za-z0-9_-]")]
    private static partial Regex UnsafeInName();
}
