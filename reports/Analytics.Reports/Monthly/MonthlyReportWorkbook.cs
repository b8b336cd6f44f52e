using Analytics.Reports.Common;
using Analytics.Reports.Common.Views;
using Analytics.Reports.Localization;
using Analytics.Reports.Xlsx;
using ClosedXML.Excel;

namespace Analytics.Reports.Monthly;

/// <summary>The monthly report's XLSX companion: every table of the PDF as a sheet, the long lists in full.</summary>
public static class MonthlyReportWorkbook
{
    public static void Write(MonthlyReport report, ReportLanguage language, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        var t = new ReportText(language);
        var campaign = report.Campaign;
        var scope = report.Scope;
        var title = t.Text("monthly_document_title", ("title", t["monthly_title." + scope.Scope]), ("subject", scope.Name(t.Kazakh)), ("period", t.MonthYear(campaign, report.Month)));
        using var workbook = new XLWorkbook();

        PeriodicSheets.About(workbook, t,
        [
            (t["xlsx.about_report"], title),
            (t["xlsx.about_organisation"], language["organisation"]),
            (t["xlsx.about_campaign"], t.Kazakh ? campaign.NameKk : campaign.NameRu),
            (t["xlsx.about_subject"], scope.Name(t.Kazakh) + " (" + scope.Key + ")"),
            (t["xlsx.col_month"], report.Month),
            (t["xlsx.about_first_day"], campaign.MonthStart(report.Month)),
            (t["xlsx.about_last_day"], campaign.MonthEnd(report.Month)),
            (t["xlsx.about_cutoff"], campaign.Cutoff),
            (t["xlsx.about_in_progress"], report.InProgress ? t["yes"] : t["no"]),
            (t["xlsx.about_reporting"], report.Reporting.Share),
            (t["xlsx.about_reporting_text"], t.Reporting(report.Reporting)),
            (t["xlsx.about_methodology"], t["methodology_note"]),
        ]);

        PeriodicSheets.Kpis(workbook, t, t["xlsx.sheet_kpis"], report.ControlIndicator is { } control ? report.Kpis.Append(control) : report.Kpis);
        PeriodicSheets.Trust(workbook, t, campaign, report.Trust.ByMonth.Append(report.Trust.ToDate));

        PeriodicSheets.Topics(workbook, t, t["xlsx.sheet_topics"], report.Barometer.Satisfaction, t["barometer_none_short"]);
        PeriodicSheets.Emerging(workbook, t, report.Barometer.Emerging, t["emerging_none"]);
        PeriodicSheets.Media(workbook, t, report.Media);

        var service = report.Service;
        SheetWriter.Add(workbook, t["xlsx.sheet_service"],
        [
            new SheetColumn<ServiceLine>(t["service_col_day"], 44, CellKind.Text, r => r.Name),
            new(t.Text("service_col_month", ("period", t.MonthYear(campaign, report.Month))), 18, CellKind.Integer, r => r.Month),
            new(t.Text("service_col_to_date", ("month", ReportText.Int(report.Month))), 18, CellKind.Integer, r => r.ToDate),
            new(t["service_col_days"], 16, CellKind.Integer, r => r.Days),
        ],
        [
            new(t["service.legal_aid"], service.ThisMonth.LegalAid, service.ToDate.LegalAid, service.ThisMonth.LegalAidDays),
            new(t["service.reception"], service.ThisMonth.Reception, service.ToDate.Reception, service.ThisMonth.ReceptionDays),
            new(t["service.safety"], service.ThisMonth.Safety, service.ToDate.Safety, service.ThisMonth.SafetyDays),
            new(t["service.total"], service.ThisMonth.Participants, service.ToDate.Participants, service.ThisMonth.Days),
        ]);

        foreach (var table in report.Ratings)
        {
            PeriodicSheets.Rating(workbook, t, t["xlsx.sheet_rating." + table.Rating], table, report.Month);
        }

        PeriodicSheets.Reporting(workbook, t, campaign, report.ReportingByMonth);
        PeriodicSheets.Quality(workbook, t, report.Quality);
        PeriodicSheets.Finish(workbook, campaign, title, t, path);
    }

    private sealed record ServiceLine(string Name, long Month, long ToDate, long Days);
}
