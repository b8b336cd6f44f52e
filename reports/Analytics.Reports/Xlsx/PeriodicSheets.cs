using Analytics.Reports.Common;
using Analytics.Reports.Common.Views;
using Analytics.Reports.Xlsx;
using ClosedXML.Excel;

namespace Analytics.Reports.Xlsx;

/// <summary>
/// The sheets the periodic reports' XLSX companions share, written with the weekly report's
/// <see cref="SheetWriter"/>: raw numbers (shares as fractions shown as percentages), text never evaluated,
/// and every list in full where the PDF shows its head.
/// </summary>
internal static class PeriodicSheets
{
    /// <summary>The first sheet: what the workbook is, field by field.</summary>
    public static void About(XLWorkbook workbook, ReportText t, IReadOnlyList<(string Field, object? Value)> rows)
    {
        var sheet = SheetWriter.Add(workbook, t["xlsx.sheet_about"],
        [
            new SheetColumn<(string Field, object? Value)>(t["xlsx.col_field"], 34, CellKind.Text, r => r.Field),
            new(t["xlsx.col_value"], 100, CellKind.Text, _ => null),
        ], rows);
        for (var i = 0; i < rows.Count; i++)
        {
            var cell = sheet.Cell(i + 2, 2);
            var value = rows[i].Value;
            var kind = value switch
            {
                DateOnly => CellKind.Date,
                int or long => CellKind.Integer,
                decimal => CellKind.Percent,
                _ => CellKind.Text,
            };
            SheetWriter.Write(cell, kind, value);
            cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left;
            cell.Style.Alignment.WrapText = kind == CellKind.Text;
        }
    }

    public static void Kpis(XLWorkbook workbook, ReportText t, string sheetName, IEnumerable<KpiResult> kpis)
    {
        static bool IsShare(KpiResult k) => k.Kind is KpiKind.Share or KpiKind.Growth;
        SheetWriter.Add(workbook, sheetName,
        [
            new SheetColumn<KpiResult>(t["xlsx.col_id"], 6, CellKind.Text, k => k.KpiId),
            new(t["kpi_col_name"], 52, CellKind.Text, k => t["kpi." + k.KpiId]),
            new(t["xlsx.col_value_share"], 14, CellKind.Percent, k => IsShare(k) && k.Applicable ? k.Value : null),
            new(t["xlsx.col_value_count"], 14, CellKind.Integer, k => !IsShare(k) && k.Applicable ? k.Value : null),
            new(t["xlsx.col_target_share"], 14, CellKind.Percent, k => IsShare(k) ? k.Target : null),
            new(t["xlsx.col_target_count"], 14, CellKind.Integer, k => IsShare(k) ? null : k.Target),
            new(t["kpi_col_status"], 18, CellKind.Text, k => (k.Applicable, k.Met) switch
            {
                (false, _) => t["not_applicable"],
                (true, true) => t["status_met"],
                (true, false) => t["status_not_met"],
                (true, null) => t["no_data"],
            }),
        ], kpis);
    }

    public static void Trust(XLWorkbook workbook, ReportText t, CampaignInfo campaign, IEnumerable<TrustIndexPoint> points)
    {
        SheetWriter.Add(workbook, t["xlsx.sheet_trust"],
        [
            new SheetColumn<TrustIndexPoint>(t["xlsx.col_period"], 22, CellKind.Text, p => p.Month is { } m ? t.MonthYear(campaign, m) : t["to_date"]),
            new(t["criterion.1"], 14, CellKind.Decimal, p => p.C1),
            new(t["criterion.2"], 14, CellKind.Decimal, p => p.C2),
            new(t["criterion.3"], 14, CellKind.Decimal, p => p.C3),
            new(t["criterion.4"], 14, CellKind.Decimal, p => p.C4),
            new(t["criterion.5"], 14, CellKind.Decimal, p => p.C5),
            new(t["xlsx.col_criteria_present"], 12, CellKind.Integer, p => p.CriteriaPresent),
            new(t["xlsx.col_index"], 12, CellKind.Decimal, p => p.Index),
            new(t["xlsx.col_band"], 28, CellKind.Text, p => t.Band(p.Band)),
        ], points);
    }

    public static void Topics(XLWorkbook workbook, ReportText t, string sheetName, IEnumerable<TopicLine> topics, string? empty)
    {
        SheetWriter.Add(workbook, sheetName,
        [
            new SheetColumn<TopicLine>(t["barometer_col_topic"], 28, CellKind.Text, l => t.Topic(l.Topic)),
            new(t["barometer_col_appeals"], 12, CellKind.Integer, l => l.Appeals),
            new(t["barometer_col_share"], 12, CellKind.Percent, l => l.Share),
            new(t["barometer_col_change"], 14, CellKind.Percent, l => l.Change),
            new(t["barometer_col_satisfaction"], 14, CellKind.Decimal, l => l.MeanSatisfaction),
        ], topics, empty);
    }

    public static void Emerging(XLWorkbook workbook, ReportText t, IEnumerable<EmergingLine> lines, string? empty)
    {
        SheetWriter.Add(workbook, t["xlsx.sheet_emerging"],
        [
            new SheetColumn<EmergingLine>(t["xlsx.col_week"], 8, CellKind.Integer, e => e.Week),
            new(t["xlsx.col_scope"], 22, CellKind.Text, e => t["emerging_scope." + e.Scope]),
            new(t["xlsx.col_code"], 10, CellKind.Text, e => e.Key),
            new(t["emerging_col_where"], 48, CellKind.Text, e => t.Name(e.NameRu, e.NameKk)),
            new(t["barometer_col_topic"], 26, CellKind.Text, e => t.Topic(e.Topic)),
            new(t["emerging_col_appeals"], 14, CellKind.Integer, e => e.Appeals),
            new(t["emerging_col_threshold"], 10, CellKind.Decimal, e => e.Threshold),
        ], lines, empty);
    }

    public static void Media(XLWorkbook workbook, ReportText t, MediaPanel media)
    {
        var empty = t["media_none_short"];
        SheetWriter.Add(workbook, t["xlsx.sheet_media"],
        [
            new SheetColumn<MediaPlatformLine>(t["media_col_platform"], 20, CellKind.Text, l => l.Platform == "total" ? t["media_total"] : t.Platform(l.Platform)),
            new(t["media_col_publications"], 14, CellKind.Integer, l => l.Publications),
            new(t["media_col_videos"], 12, CellKind.Integer, l => l.Videos),
            new(t["media_col_reach"], 14, CellKind.Integer, l => l.Reach),
            new(t["media_col_views"], 14, CellKind.Integer, l => l.Views),
            new(t["media_col_engagements"], 14, CellKind.Integer, l => l.Engagements),
        ], media.Total.Publications == 0 ? [] : media.Platforms.Append(media.Total), empty);

        SheetWriter.Add(workbook, t["xlsx.sheet_media_best"],
        [
            new SheetColumn<MediaMaterial>(t["xlsx.col_rank"], 8, CellKind.Integer, m => m.Rank),
            new(t["xlsx.col_org_id"], 11, CellKind.Text, m => m.OrgId),
            new(t["media_col_organisation"], 48, CellKind.Text, m => t.Name(m.OrgNameRu, m.OrgNameKk)),
            new(t["media_col_date"], 12, CellKind.Date, m => m.Published),
            new(t["media_col_platform"], 16, CellKind.Text, m => t.Platform(m.Platform)),
            new(t["media_col_format"], 14, CellKind.Text, m => t.Language.Labels.TryGetValue("format." + m.Format, out var format) ? format : m.Format),
            new(t["media_col_reach"], 12, CellKind.Integer, m => m.Reach),
            new(t["media_col_views"], 12, CellKind.Integer, m => m.Views),
            new(t["media_col_best"], 14, CellKind.Text, m => m.IsBest ? t["media_marked_best"] : ""),
        ], media.Best, empty);
    }

    /// <summary>A rating in full; a primary's appeals as "&lt;5" text when 1 to 4 (methodology §12).</summary>
    public static void Rating(XLWorkbook workbook, ReportText t, string sheetName, RatingTable table, int? reportingMonth)
    {
        var primaries = table.Rating == "primary";
        var columns = new List<SheetColumn<RatingLine>>
        {
            new(t["rating_col_place"], 8, CellKind.Integer, l => l.Place),
            new(t["xlsx.col_national_rank"], 12, CellKind.Integer, l => l.NationalRank),
            new(t["xlsx.col_org_id"], 11, CellKind.Text, l => l.OrgId),
            new(t["rating_col_name"], 56, CellKind.Text, l => t.Name(l.NameRu, l.NameKk)),
            new(t["rating_col_score"], 10, CellKind.Decimal, l => l.Score),
            new(t["rating_col_index"], 12, CellKind.Decimal, l => l.TrustIndex),
            new(t["xlsx.col_band"], 26, CellKind.Text, l => t.Band(l.Band)),
            new(t["rating_col_completion"], 12, CellKind.Percent, l => l.Completion),
            new(t["rating_col_cases"], 10, CellKind.Integer, l => l.Cases),
        };
        if (primaries)
        {
            columns.Add(new(t["rating_col_appeals"], 12, CellKind.Text, l => t.Private(l.Appeals)));
        }
        else if (reportingMonth is { } month)
        {
            columns.Add(new(t.Text("rating_col_reporting", ("month", ReportText.Int(month))), 14, CellKind.Percent, l => l.Reporting?.Share));
        }

        SheetWriter.Add(workbook, sheetName, columns, table.Lines, t["rating_empty"]);
    }

    public static void Reporting(XLWorkbook workbook, ReportText t, CampaignInfo campaign, IEnumerable<Reporting> months)
    {
        SheetWriter.Add(workbook, t["xlsx.sheet_reporting"],
        [
            new SheetColumn<Reporting>(t["xlsx.col_month"], 8, CellKind.Integer, r => r.Month),
            new(t["xlsx.col_period"], 20, CellKind.Text, r => t.MonthYear(campaign, r.Month)),
            new(t["reporting_col_active"], 16, CellKind.Integer, r => r.ActivePrimaries),
            new(t["reporting_col_reported"], 16, CellKind.Integer, r => r.Reported),
            new(t["reporting_col_share"], 14, CellKind.Percent, r => r.Share),
        ], months);
    }

    public static void Quality(XLWorkbook workbook, ReportText t, DataQuality quality)
    {
        SheetWriter.Add(workbook, t["xlsx.sheet_quality"],
        [
            new SheetColumn<QuarantineLine>(t["quality_col_dataset"], 22, CellKind.Text, r => r.Dataset),
            new(t["xlsx.col_reason_code"], 20, CellKind.Text, r => r.ReasonCode),
            new(t["quality_col_reason"], 50, CellKind.Text, r => t.Language.Labels.TryGetValue("reason." + r.ReasonCode, out var reason) ? reason : r.ReasonCode),
            new(t["quality_col_rows"], 12, CellKind.Integer, r => r.Rows),
            new(t["quality_col_files"], 10, CellKind.Integer, r => r.Files),
        ], quality.Reasons, t["quality_none"]);
    }

    /// <summary>Pins the workbook's dates to the cut-off, so the file says nothing about when it was generated (like the PDF), and the same content gives the same bytes.</summary>
    public static void Finish(XLWorkbook workbook, CampaignInfo campaign, string title, ReportText t, string path)
    {
        // UTC, so that the package's properties say the cut-off's midnight whatever the machine's time zone
        var asOf = campaign.Cutoff.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        workbook.Properties.Created = asOf;
        workbook.Properties.Modified = asOf;
        workbook.Properties.Title = title;
        workbook.Properties.Author = t.Language["organisation"];
        ReproducibleWorkbook.SaveAs(workbook, path, asOf);
    }
}
