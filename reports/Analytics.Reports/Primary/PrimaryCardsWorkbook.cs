using Analytics.Reports.Common.Views;
using Analytics.Reports.Localization;
using Analytics.Reports.Xlsx;
using ClosedXML.Excel;

namespace Analytics.Reports.Primary;

/// <summary>The cards' XLSX companion: one row per primary of the bundle, with the medians beside its figures.</summary>
public static class PrimaryCardsWorkbook
{
    public static void Write(PrimaryCardsReport report, ReportLanguage language, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        var t = new ReportText(language);
        var campaign = report.Campaign;
        var sectorName = report.Sector.Name(t.Kazakh);
        var title = t.Text("cards.document_title", ("sector", sectorName), ("month", ReportText.Int(report.Month)));
        string Region(PrimaryCard card) => report.Regions.TryGetValue(card.Region, out var name) ? t.Name(name.NameRu, name.NameKk) : card.Region;
        CardMedians? Regional(PrimaryCard card) => report.RegionMedians.GetValueOrDefault(card.Region);
        var items = StandardItem.Codes.Select((code, index) =>
            new SheetColumn<PrimaryCard>(t["cards.item." + code], 14, CellKind.Text, c => c.Items[index].Done ? t["cards.done"] : t["cards.missing"]));
        using var workbook = new XLWorkbook();
        PeriodicSheets.About(workbook, t,
        [
            (t["xlsx.about_report"], title),
            (t["xlsx.about_organisation"], language["organisation"]),
            (t["xlsx.about_campaign"], t.Kazakh ? campaign.NameKk : campaign.NameRu),
            (t["xlsx.about_subject"], $"{report.Sector.Key} · {sectorName}"),
            (t["xlsx.about_first_day"], campaign.MonthStart(report.Month)),
            (t["xlsx.about_last_day"], campaign.MonthEnd(report.Month)),
            (t["xlsx.about_cutoff"], campaign.Cutoff),
            (t["xlsx.about_revision"], report.Revision is { } revision ? (object)revision : t["xlsx.about_revision_none"]),
            (t["xlsx.about_release"], PrimaryCardsNotices.Release(report, t)),
            (t["xlsx.about_methodology"], t["cards.method"]),
        ]);
        SheetWriter.Add(workbook, t["cards.xlsx_sheet"],
        [
            new SheetColumn<PrimaryCard>(t["cards.xlsx_org_id"], 12, CellKind.Text, c => c.OrgId),
            new(t["cards.xlsx_name"], 36, CellKind.Text, c => t.Name(c.NameRu, c.NameKk)),
            new(t["cards.xlsx_region"], 20, CellKind.Text, Region),
            new(t["cards.xlsx_members"], 10, CellKind.Integer, c => c.Members),
            .. items,
            new(t["cards.xlsx_items_met"], 10, CellKind.Integer, c => c.ItemsMet),
            new(t["cards.row_completion"], 12, CellKind.Percent, c => c.Completion),
            new(t["cards.xlsx_colour"], 12, CellKind.Text, c => language.ColourName(c.Colour)),
            new(t["cards.xlsx_median_sector_completion"], 12, CellKind.Percent, _ => report.SectorMedians?.Completion),
            new(t["cards.xlsx_median_region_completion"], 12, CellKind.Percent, c => Regional(c)?.Completion),
            new(t["cards.xlsx_events"], 10, CellKind.Integer, c => c.Events),
            new(t["cards.xlsx_participants"], 10, CellKind.Integer, c => c.Participants),
            new(t["cards.xlsx_report"], 12, CellKind.Text, c => c.ReportArrived ? t["yes"] : t["no"]),
            new(t["criterion.1"], 10, CellKind.Decimal, c => c.Trust.C1),
            new(t["criterion.2"], 10, CellKind.Decimal, c => c.Trust.C2),
            new(t["criterion.3"], 10, CellKind.Decimal, c => c.Trust.C3),
            new(t["criterion.4"], 10, CellKind.Decimal, c => c.Trust.C4),
            new(t["criterion.5"], 10, CellKind.Decimal, c => c.Trust.C5),
            new(t["cards.xlsx_index"], 10, CellKind.Decimal, c => c.Trust.Index),
            new(t["cards.xlsx_band"], 18, CellKind.Text, c => t.Band(c.Trust.Band)),
            new(t["cards.xlsx_median_sector_index"], 12, CellKind.Decimal, _ => report.SectorMedians?.TrustIndex),
            new(t["cards.xlsx_median_region_index"], 12, CellKind.Decimal, c => Regional(c)?.TrustIndex),
            new(t["cards.xlsx_appeals"], 10, CellKind.Text, c => t.Private(c.AppealsReceived)),
            new(t["cards.xlsx_offline"], 10, CellKind.Text, c => t.Private(c.AppealsOffline)),
            new(t["cards.xlsx_ratings"], 10, CellKind.Text, c => t.Private(c.Ratings)),
            new(t["cards.xlsx_rank"], 10, CellKind.Integer, c => c.SectorRank),
            new(t["cards.xlsx_ranked"], 10, CellKind.Integer, c => c.SectorRanked),
        ], report.Cards);
        PeriodicSheets.Finish(workbook, campaign, title, t, path);
    }
}
