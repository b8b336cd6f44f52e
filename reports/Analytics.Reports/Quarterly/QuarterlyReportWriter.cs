using System.Globalization;
using Analytics.Reports.Common;
using Analytics.Reports.Common.Pdf;
using Analytics.Reports.Common.Views;
using Analytics.Reports.Common.Xlsx;
using Analytics.Reports.Localization;
using Analytics.Reports.Pdf;
using ClosedXML.Excel;

namespace Analytics.Reports.Quarterly;

/// <summary>The national dashboard as landscape A4 pages with its XLSX companion and manifest.</summary>
public static class QuarterlyReportWriter
{
    /// <summary><c>quarterly-2026-11-20-ru</c>: the dashboard is as of its cut-off.</summary>
    public static string BaseName(QuarterlyReport report, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(language);
        return $"quarterly-{report.Campaign.Cutoff.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{language.Code}";
    }

    public static async Task<PeriodicReportFiles> WriteAsync(QuarterlyReport report, ReportLanguage language, string outDirectory, PdfPrinter printer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(printer);
        ArgumentException.ThrowIfNullOrWhiteSpace(outDirectory);

        Directory.CreateDirectory(outDirectory);
        var name = Path.Combine(outDirectory, BaseName(report, language));
        var files = new PeriodicReportFiles(name + ".pdf", name + ".xlsx", name + ".manifest.json");
        await printer.PrintAsync(RenderHtml(report, language), files.Pdf);
        var (pages, _) = PdfDestinations.Read(files.Pdf);
        PdfDocumentDate.Pin(files.Pdf, report.Campaign.Cutoff);
        WriteWorkbook(report, language, files.Xlsx);
        var federation = new ReportScope(ReportScope.Federation, report.FederationId, "", "", null);
        PeriodicReportManifest.For("quarterly", null, federation, report.Campaign, language, report.Inputs, pages, files.Pdf, files.Xlsx).Write(files.Manifest);
        return files with { Pages = pages };
    }

    public static string RenderHtml(QuarterlyReport report, ReportLanguage language)
    {
        var view = QuarterlyReportView.Build(report, language);
        var text = new ReportText(language);
        return PeriodicTemplates.Document("quarterly.liquid", text, new Dictionary<string, object?>
        {
            ["report"] = view,
            ["page_css"] = PeriodicTemplates.PageCss(view.RunningHead),
        });
    }

    private static void WriteWorkbook(QuarterlyReport report, ReportLanguage language, string path)
    {
        var t = new ReportText(language);
        var campaign = report.Campaign;
        var title = t.Text("dashboard_document_title", ("date", t.Format.Date(campaign.Cutoff)));
        using var workbook = new XLWorkbook();
        PeriodicSheets.About(workbook, t,
        [
            (t["xlsx.about_report"], title),
            (t["xlsx.about_organisation"], language["organisation"]),
            (t["xlsx.about_campaign"], t.Kazakh ? campaign.NameKk : campaign.NameRu),
            (t["xlsx.about_cutoff"], campaign.Cutoff),
            (t["xlsx.about_methodology"], t["methodology_note"]),
        ]);
        PeriodicSheets.Kpis(workbook, t, t["xlsx.sheet_kpis"], report.Kpis);
        PeriodicSheets.Trust(workbook, t, campaign, report.Trust.ByMonth.Append(report.Trust.ToDate));
        PeriodicSheets.Rating(workbook, t, t["xlsx.sheet_rating.sector"], report.Sectors, campaign.MonthsStarted);
        PeriodicSheets.Rating(workbook, t, t["xlsx.sheet_rating.territorial"], report.Territories, campaign.MonthsStarted);
        PeriodicSheets.Topics(workbook, t, t["xlsx.sheet_topics"], report.Barometer?.Satisfaction ?? [], report.Barometer is null ? t["barometer_unavailable"] : t["barometer_none_short"]);
        PeriodicSheets.Reporting(workbook, t, campaign, report.ReportingByMonth);
        PeriodicSheets.Finish(workbook, campaign, title, t, path);
    }
}
