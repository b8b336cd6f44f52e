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
            .. Release(report, t),
            .. Confirmation(report, t),
            (t["xlsx.about_methodology"], t["methodology_note"]),
        ]);

        if (report.Changes is { } changes)
        {
            Changes(workbook, t, changes);
        }

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

    private static IEnumerable<(string Field, object? Value)> Release(MonthlyReport report, ReportText t) =>
    [
        (t["xlsx.about_revision"], report.Revision is { } revision ? (object)revision : t["xlsx.about_revision_none"]),
        (t["xlsx.about_release"], MonthlyNotices.Release(report, t)),
    ];

    /// <summary>National: confirmed and active unions of each kind; a union's: whether it confirmed the month.</summary>
    private static IEnumerable<(string Field, object? Value)> Confirmation(MonthlyReport report, ReportText t) => report.Confirmation switch
    {
        null => [],
        { OwnConfirmed: { } own } =>
        [
            (t["xlsx.about_own_confirmed"], own ? t["yes"] : t["no"]),
            (t["xlsx.about_confirmation"], MonthlyNotices.Confirmation(report, t)),
        ],
        var counts =>
        [
            (t["xlsx.about_sector_confirmed"], counts.SectorConfirmed),
            (t["xlsx.about_sector_unions"], counts.SectorUnions),
            (t["xlsx.about_territorial_confirmed"], counts.TerritorialConfirmed),
            (t["xlsx.about_territorial_unions"], counts.Territorial),
            (t["xlsx.about_confirmation"], MonthlyNotices.Confirmation(report, t)),
        ],
    };

    /// <summary>The «what changed since revision r» section: the changed figures, then the files that brought them.</summary>
    private static void Changes(XLWorkbook workbook, ReportText t, RevisionChanges changes)
    {
        var revision = ReportText.Int(changes.PreviousRevision);
        SheetWriter.Add(workbook, t.Text("changes_title", ("revision", revision)),
        [
            new SheetColumn<RevisionChange>(t["changes_col_figure"], 60, CellKind.Text, c => RevisionChangesView.Describe(c, t).Figure),
            new(t["changes_col_old"], 16, CellKind.Text, c => RevisionChangesView.Describe(c, t).Old),
            new(t["changes_col_new"], 16, CellKind.Text, c => RevisionChangesView.Describe(c, t).New),
            new(t["xlsx.col_table"], 18, CellKind.Text, c => c.Table),
            new(t["xlsx.col_key"], 28, CellKind.Text, c => c.Key),
            new(t["xlsx.col_column"], 16, CellKind.Text, c => c.Column),
            new(t["xlsx.col_old_stored"], 20, CellKind.Text, c => c.OldValue),
            new(t["xlsx.col_new_stored"], 20, CellKind.Text, c => c.NewValue),
        ], changes.Figures, t["changes_none"]);
        SheetWriter.Add(workbook, t["xlsx.sheet_changes_sources"],
        [
            new SheetColumn<ReportInput>(t["xlsx.col_batch"], 10, CellKind.Integer, i => i.BatchId),
            new(t["xlsx.col_file"], 36, CellKind.Text, i => i.FileName),
            new(t["xlsx.col_dataset"], 18, CellKind.Text, i => i.Dataset),
            new(t["xlsx.col_sha256"], 68, CellKind.Text, i => i.Sha256),
        ], changes.Inputs, t.Text("changes_sources_none", ("revision", revision)));
    }

    private sealed record ServiceLine(string Name, long Month, long ToDate, long Days);
}
