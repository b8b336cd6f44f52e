using Analytics.Reports.Common.Views;
using Analytics.Reports.Localization;
using Analytics.Reports.Xlsx;
using ClosedXML.Excel;

namespace Analytics.Reports.Threats;

/// <summary>
/// The threat sheets' XLSX companion: the zone now, the weeks, overdue entries by level and what each zone asks for,
/// one row per organisation (and week or level); every sheet's printed header and footer carry the marking.
/// </summary>
public static class ThreatsReportWorkbook
{
    public static void Write(ThreatsReport report, ReportLanguage language, string path)
    {
        var t = new ReportText(language);
        var campaign = report.Campaign;
        var title = t.Text("threats.document_title", ("date", t.Format.Date(campaign.Cutoff)));
        var marking = t["threats.marking"];
        var code = language.Code;
        string Name(ThreatSheet s) => t.Name(s.NameRu, s.NameKk);
        using var workbook = new XLWorkbook();
        PeriodicSheets.About(workbook, t,
        [
            (t["threats.xlsx_marking"], marking),
            (t["xlsx.about_report"], title),
            (t["xlsx.about_organisation"], language["organisation"]),
            (t["xlsx.about_campaign"], t.Kazakh ? campaign.NameKk : campaign.NameRu),
            (t["xlsx.about_cutoff"], campaign.Cutoff),
            (t["xlsx.about_methodology"], t["threats.intro"]),
        ]);
        SheetWriter.Add(workbook, t["threats.xlsx_now"],
        [
            new SheetColumn<ThreatSheet>(t["xlsx.col_org_id"], 12, CellKind.Text, s => s.OrgId),
            new(t["threats.xlsx_name"], 40, CellKind.Text, Name),
            new(t["threats.col_points"], 10, CellKind.Decimal, s => s.Points),
            new(t["threats.col_zone"], 14, CellKind.Text, s => t["zone." + s.Zone]),
            new(t["threats.xlsx_points_zone"], 14, CellKind.Text, s => t["zone." + s.PointsZone]),
            new(t["threats.xlsx_regime"], 12, CellKind.Text, s => s.Regime ? t["threats.yes"] : t["threats.no"]),
            new(t["threats.xlsx_signs"], 10, CellKind.Integer, s => s.Signs),
            new(t["threats.xlsx_band"], 14, CellKind.Text, s => t["threats.band." + s.SignsBand]),
            new(t["threats.milestone_compliance"], 16, CellKind.Percent, s => s.Compliance),
            new(t["threats.milestone_facts"], 16, CellKind.Percent, s => s.Facts6hShare),
            new(t["threats.milestone_drafted"], 16, CellKind.Percent, s => s.Drafted12hShare),
            new(t["threats.milestone_delivered"], 16, CellKind.Percent, s => s.Delivered24hShare),
        ], report.Sheets, t["threat_none"]);
        SheetWriter.Add(workbook, t["threats.xlsx_history"],
        [
            new SheetColumn<(ThreatSheet Sheet, ThreatWeek Week)>(t["xlsx.col_org_id"], 12, CellKind.Text, r => r.Sheet.OrgId),
            new(t["threats.xlsx_name"], 40, CellKind.Text, r => Name(r.Sheet)),
            new(t["xlsx.col_week"], 9, CellKind.Integer, r => r.Week.Week),
            new(t["threats.xlsx_in_progress"], 12, CellKind.Text, r => r.Week.Complete ? "" : t["threats.yes"]),
            new(t["threats.col_points"], 10, CellKind.Decimal, r => r.Week.Points),
            new(t["threats.col_zone"], 14, CellKind.Text, r => t["zone." + r.Week.Zone]),
            new(t["threats.xlsx_regime"], 12, CellKind.Text, r => r.Week.Regime ? t["threats.yes"] : t["threats.no"]),
        ], report.Sheets.SelectMany(s => s.History.Select(w => (Sheet: s, Week: w))), t["threat_none"]);
        SheetWriter.Add(workbook, t["threats.xlsx_overdue"],
        [
            new SheetColumn<(ThreatSheet Sheet, ThreatLevelCount Level)>(t["xlsx.col_org_id"], 12, CellKind.Text, r => r.Sheet.OrgId),
            new(t["threats.xlsx_name"], 40, CellKind.Text, r => Name(r.Sheet)),
            new(t["threats.col_level"], 14, CellKind.Text, r => t["threats.level." + r.Level.Level]),
            new(t["threats.col_entries"], 12, CellKind.Integer, r => r.Level.Entries),
            new(t["threats.col_passed"], 14, CellKind.Integer, r => r.Level.DeadlinesPassed),
            new(t["threats.col_overdue"], 12, CellKind.Integer, r => r.Level.Overdue),
        ], report.Sheets.SelectMany(s => s.Levels.Select(l => (Sheet: s, Level: l))), t["threat_none"]);
        SheetWriter.Add(workbook, t["threats.xlsx_asks"],
        [
            new SheetColumn<ThreatSheet>(t["xlsx.col_org_id"], 12, CellKind.Text, s => s.OrgId),
            new(t["threats.xlsx_name"], 40, CellKind.Text, Name),
            new(t["threats.col_zone"], 14, CellKind.Text, s => t["zone." + s.Zone]),
            new(t["threats.leader_actions"], 70, CellKind.Text, s => string.Join(" ", report.Texts.Lines("zone", s.Zone, code, "leader_actions"))),
            new(t["threats.xlsx_inform"], 30, CellKind.Text, s => report.Texts.Text("zone", s.Zone, code, "inform_federation")),
            new(t["threats.xlsx_monitoring"], 24, CellKind.Text, s => report.Texts.Text("zone", s.Zone, code, "monitoring")),
        ], report.Sheets, t["threat_none"]);
        foreach (var sheet in workbook.Worksheets)
        {
            sheet.PageSetup.Header.Left.AddText(marking);
            sheet.PageSetup.Footer.Right.AddText(marking);
        }

        PeriodicSheets.Finish(workbook, campaign, title, t, path);
    }
}
