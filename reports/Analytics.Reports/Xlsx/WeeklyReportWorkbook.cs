using Analytics.Reports.Common;
using Analytics.Reports.Localization;
using Analytics.Reports.Weekly;
using ClosedXML.Excel;

namespace Analytics.Reports.Xlsx;

/// <summary>
/// The weekly report's XLSX companion: every table of the PDF as a sheet with raw numbers (shares as
/// fractions shown as percentages), and the lists the PDF cuts short (the red zone, emerging problems) in full.
/// </summary>
public static class WeeklyReportWorkbook
{
    /// <summary>Writes the workbook to <paramref name="path"/>, sheet names and headers in the report language.</summary>
    public static void Write(WeeklyReport report, ReportLanguage language, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        using var workbook = new XLWorkbook();
        var t = language;
        var kk = language.Code == "kk";
        string Name(string ru, string kz) => kk ? kz : ru;
        string Colour(string? colour) => language.ColourName(colour is "green" or "yellow" or "red" or "orange" ? colour : null);

        About(workbook, report, language);

        SheetWriter.Add(workbook, t["weekly.xlsx.sheet_kpis"],
        [
            new SheetColumn<KpiResult>(t["xlsx.col_id"], 6, CellKind.Text, k => k.KpiId),
            new(t["kpi_col_name"], 44, CellKind.Text, k => t.KpiName(k.KpiId)),
            new(t["xlsx.col_value_share"], 14, CellKind.Percent, k => IsShare(k) && k.Applicable ? k.Value : null),
            new(t["xlsx.col_value_count"], 14, CellKind.Integer, k => !IsShare(k) && k.Applicable ? k.Value : null),
            new(t["xlsx.col_target_share"], 14, CellKind.Percent, k => IsShare(k) ? k.Target : null),
            new(t["xlsx.col_target_count"], 14, CellKind.Integer, k => !IsShare(k) ? k.Target : null),
            new(t["kpi_col_status"], 16, CellKind.Text, k => (k.Applicable, k.Met) switch
            {
                (false, _) => t["status_not_applicable"],
                (true, true) => t["status_met"],
                (true, false) => t["status_not_met"],
                (true, null) => t["status_no_data"],
            }),
        ], report.FederationKpis);

        var week = report.Header.Week;
        SheetWriter.Add(workbook, t["section_week"],
        [
            new SheetColumn<ActivityCount>(t["week_col_measure"], 24, CellKind.Text, a => t["activity." + a.Activity]),
            new(week > 1 ? t.Text("week_col", ("week", (week - 1).ToString(t.Culture))) : t["no_value"], 14, CellKind.Integer, a => a.LastWeek),
            new(t.Text("week_col", ("week", week.ToString(t.Culture))), 14, CellKind.Integer, a => a.ThisWeek),
            new(t["week_col_change"], 14, CellKind.Integer, a => a.Change),
            new(t["week_col_change_percent"], 14, CellKind.Percent, a => a.ChangeShare),
        ], report.WeekOnWeek);

        var weekDays = WeekDays(report.Header);
        SheetWriter.Add(workbook, t["xlsx.sheet_events"],
        [
            new SheetColumn<WeekCount>(t["xlsx.col_week"], 10, CellKind.Integer, w => w.Week),
            new(t["xlsx.col_first_day"], 14, CellKind.Date, w => weekDays.TryGetValue(w.Week, out var days) ? days.First : null),
            new(t["xlsx.col_last_day"], 14, CellKind.Date, w => weekDays.TryGetValue(w.Week, out var days) ? days.Last : null),
            new(t["chart_y"], 16, CellKind.Integer, w => w.Events),
        ], report.EventsPerWeek);

        SheetWriter.Add(workbook, t["xlsx.sheet_regions"],
        [
            new SheetColumn<RegionCompletion>(t["xlsx.col_code"], 9, CellKind.Text, r => r.Region),
            new(t["red_col_region"], 34, CellKind.Text, r => Name(r.NameRu, r.NameKk)),
            new(t["sector_col_primaries"], 16, CellKind.Integer, r => r.ActivePrimaries),
            new(t["sector_col_completion"], 13, CellKind.Percent, r => r.Completion),
            new(t["sector_col_colour"], 14, CellKind.Text, r => Colour(r.Colour)),
        ], report.Regions);

        SheetWriter.Add(workbook, t["xlsx.sheet_sectors"],
        [
            new SheetColumn<SectorCompletion>(t["xlsx.col_org_id"], 11, CellKind.Text, s => s.OrgId),
            new(t["sector_col_name"], 56, CellKind.Text, s => Name(s.NameRu, s.NameKk)),
            new(t["sector_col_primaries"], 16, CellKind.Integer, s => s.ActivePrimaries),
            new(t["sector_col_completion"], 13, CellKind.Percent, s => s.Completion),
            new(t["sector_col_colour"], 14, CellKind.Text, s => Colour(s.Colour)),
            new(t["sector_col_red"], 14, CellKind.Integer, s => s.RedPrimaries),
            new(t.Text("xlsx.col_reported", ("month", report.Completeness.Month.ToString(t.Culture))), 14, CellKind.Integer, s => s.Reporting?.Reported),
            new(t.Text("sector_col_reporting", ("month", report.Completeness.Month.ToString(t.Culture))), 16, CellKind.Percent, s => s.Reporting?.Share),
        ], report.Sectors);

        SheetWriter.Add(workbook, t["xlsx.sheet_red"],
        [
            new SheetColumn<RedPrimary>(t["xlsx.col_org_id"], 11, CellKind.Text, p => p.OrgId),
            new(t["red_col_name"], 50, CellKind.Text, p => Name(p.NameRu, p.NameKk)),
            new(t["red_col_sector"], 44, CellKind.Text, p => kk ? p.SectorNameKk : p.SectorNameRu),
            new(t["red_col_region"], 30, CellKind.Text, p => (kk ? p.RegionNameKk : p.RegionNameRu) ?? p.Region),
            new(t["red_col_members"], 10, CellKind.Integer, p => p.Members),
            new(t["red_col_completion"], 13, CellKind.Percent, p => p.Completion),
            new(t["xlsx.col_items_met"], 14, CellKind.Integer, p => p.ItemsMet),
        ], report.RedZone.Worst, t["red_none"]);

        SheetWriter.Add(workbook, t["xlsx.sheet_emerging"],
        [
            new SheetColumn<EmergingLine>(t["xlsx.col_week"], 8, CellKind.Integer, e => e.Week),
            new(t["emerging_col_scope"], 26, CellKind.Text, e => t.Labels.TryGetValue("scope." + e.Scope, out var scope) ? scope : e.Scope),
            new(t["xlsx.col_code"], 10, CellKind.Text, e => e.Key),
            new(t["emerging_col_name"], 44, CellKind.Text, e => Name(e.NameRu, e.NameKk)),
            new(t["emerging_col_topic"], 24, CellKind.Text, e => EmergingProblemsView.TopicName(e.Topic, t)),
            new(t["emerging_col_appeals"], 14, CellKind.Integer, e => e.Appeals),
            new(t["emerging_col_threshold"], 10, CellKind.Decimal, e => e.Threshold),
        ], report.EmergingProblems, t.Text("weekly.emerging_none", ("week", week.ToString(t.Culture))));

        SheetWriter.Add(workbook, t["xlsx.sheet_threats"],
        [
            new SheetColumn<ThreatZoneCounts>(t["xlsx.col_org_id"], 11, CellKind.Text, z => z.SectorId),
            new(t["threat_col_sector"], 50, CellKind.Text, z => z.SectorId is null ? t["threat_other"] : Name(z.NameRu, z.NameKk)),
            new(t["colour_green"], 11, CellKind.Integer, z => z.Green),
            new(t["colour_yellow"], 11, CellKind.Integer, z => z.Yellow),
            new(t["colour_orange"], 11, CellKind.Integer, z => z.Orange),
            new(t["colour_red"], 11, CellKind.Integer, z => z.Red),
            new(t["threat_col_regime"], 12, CellKind.Integer, z => z.InRegime),
            new(t["threat_col_total"], 11, CellKind.Integer, z => z.Organisations),
        ], report.ThreatLight, t["threat_none"]);

        // pinned to the cut-off, so the file says nothing about when it was generated (like the PDF), and the same
        // content gives the same bytes
        var asOf = report.Header.Cutoff.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        workbook.Properties.Created = asOf;
        workbook.Properties.Modified = asOf;
        workbook.Properties.Title = t.Text("document_title", ("week", week.ToString(t.Culture)));
        workbook.Properties.Author = t["organisation"];
        ReproducibleWorkbook.SaveAs(workbook, path, asOf);
    }

    private static void About(XLWorkbook workbook, WeeklyReport report, ReportLanguage t)
    {
        var header = report.Header;
        var format = t.Format;
        var week = header.Week.ToString(t.Culture);
        var completeness = report.Completeness;
        (string Field, CellKind Kind, object? Value)[] rows =
        [
            (t["xlsx.about_report"], CellKind.Text, t.Text("document_title", ("week", week))),
            (t["xlsx.about_organisation"], CellKind.Text, t["organisation"]),
            (t["xlsx.about_campaign"], CellKind.Text, t.Code == "kk" ? header.CampaignNameKk : header.CampaignNameRu),
            (t["xlsx.col_week"], CellKind.Integer, header.Week),
            (t["xlsx.about_stage"], CellKind.Text, t.Text("stage", ("stage", header.Stage.ToString(t.Culture)), ("name", t.StageName(header.Stage)))),
            (t["xlsx.col_first_day"], CellKind.Date, header.WeekStart),
            (t["xlsx.col_last_day"], CellKind.Date, header.WeekEnd),
            (t["weekly.xlsx.about_cutoff"], CellKind.Date, header.Cutoff),
            (t["xlsx.about_completeness"], CellKind.Percent, completeness.Share),
            (t["xlsx.about_completeness_text"], CellKind.Text, completeness.Share is null
                ? t.Text("completeness_no_primaries", ("month", completeness.Month.ToString(t.Culture)))
                : t.Text("completeness", ("month", completeness.Month.ToString(t.Culture)), ("reported", format.Number(completeness.Reported)),
                    ("active", format.Number(completeness.ActivePrimaries)), ("share", format.Percent(completeness.Share.Value)))),
            (t["xlsx.about_methodology"], CellKind.Text, t["weekly.methodology_note"]),
        ];
        var sheet = SheetWriter.Add(workbook, t["xlsx.sheet_about"],
        [
            new SheetColumn<(string Field, CellKind Kind, object? Value)>(t["xlsx.col_field"], 30, CellKind.Text, r => r.Field),
            new(t["xlsx.col_value"], 90, CellKind.Text, _ => null),
        ], rows);
        for (var i = 0; i < rows.Length; i++)
        {
            var cell = sheet.Cell(i + 2, 2);
            SheetWriter.Write(cell, rows[i].Kind, rows[i].Value);
            cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
            cell.Style.Alignment.WrapText = rows[i].Kind == CellKind.Text;
        }
    }

    /// <summary>First and last day of each campaign week: days 1–7, 8–14, 15–21, 22–end of the month (methodology §1).</summary>
    private static Dictionary<int, (DateOnly First, DateOnly Last)> WeekDays(ReportHeader header)
    {
        // the report's week is known; the campaign starts on the first of the month (Stage − 1) months earlier
        var start = new DateOnly(header.WeekStart.Year, header.WeekStart.Month, 1).AddMonths(1 - header.Stage);
        var days = new Dictionary<int, (DateOnly, DateOnly)>();
        for (var week = 1; week <= header.WeeksTotal; week++)
        {
            var month = start.AddMonths((week - 1) / 4);
            var first = month.AddDays((week - 1) % 4 * 7);
            var last = (week - 1) % 4 == 3 ? month.AddMonths(1).AddDays(-1) : first.AddDays(6);
            days[week] = (first, last);
        }

        return days;
    }

    /// <summary>F1 and F5 read as shares (F5 a growth); the other federation KPIs are counts.</summary>
    private static bool IsShare(KpiResult kpi) => kpi.Kind is KpiKind.Share or KpiKind.Growth;
}
