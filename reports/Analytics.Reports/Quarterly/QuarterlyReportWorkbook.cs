using Analytics.Reports.Common.Views;
using Analytics.Reports.Localization;
using Analytics.Reports.Xlsx;
using ClosedXML.Excel;

namespace Analytics.Reports.Quarterly;

/// <summary>The national dashboard's XLSX companion: every table of the PDF as a sheet.</summary>
public static class QuarterlyReportWorkbook
{
    public static void Write(QuarterlyReport report, ReportLanguage language, string path)
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
            .. Enumerable.Range(1, campaign.MonthsStarted).Select(month => (
                t.Text("xlsx.about_month_revision", ("month", ReportText.Int(month))),
                report.Revisions.TryGetValue(month, out var revision) ? (object?)revision : t["xlsx.about_revision_none"])),
            (t["xlsx.about_methodology"], t["methodology_note"]),
        ]);
        PeriodicSheets.Kpis(workbook, t, t["xlsx.sheet_kpis"], report.Kpis);
        PeriodicSheets.Trust(workbook, t, campaign, report.Trust.ByMonth.Append(report.Trust.ToDate));
        PeriodicSheets.Rating(workbook, t, t["xlsx.sheet_rating.sector"], report.Sectors, campaign.MonthsStarted);
        PeriodicSheets.Rating(workbook, t, t["xlsx.sheet_rating.territorial"], report.Territories, campaign.MonthsStarted);
        PeriodicSheets.Topics(workbook, t, t["xlsx.sheet_topics"], report.Barometer.Satisfaction, t["barometer_none_short"]);
        PeriodicSheets.Reporting(workbook, t, campaign, report.ReportingByMonth);
        PeriodicSheets.Finish(workbook, campaign, title, t, path);
    }
}
