using Analytics.Reports.Charts;
using Analytics.Reports.Common;
using Analytics.Reports.Common.Views;
using Analytics.Reports.Localization;

namespace Analytics.Reports.Quarterly;

/// <summary>The national dashboard laid out for <c>Pdf/Templates/quarterly.liquid</c>, in one language.</summary>
internal sealed record QuarterlyReportView(
    string Lang,
    string DocumentTitle,
    string Organisation,
    string CampaignName,
    string Title,
    string DataAsOf,
    string MonthsLine,
    string RevisionsLine,
    string? Notice,
    IReadOnlyList<KpiRow> Kpis,
    string KpiNote,
    string TrustLine,
    string TrustChartSvg,
    string MapSvg,
    IReadOnlyList<RatingRow> BestSectors,
    IReadOnlyList<RatingRow> WeakSectors,
    IReadOnlyList<RatingRow> BestTerritories,
    IReadOnlyList<RatingRow> WeakTerritories,
    BarometerView Barometer,
    string? EmergingLine,
    IReadOnlyList<MediaMonthRow> Media,
    string? MediaNone,
    ThreatView Threats,
    string RunningHead)
{
    /// <summary>Best and weakest organisations shown of each rating.</summary>
    public const int Shown = 3;

    public static QuarterlyReportView Build(QuarterlyReport report, ReportLanguage language)
    {
        var text = new ReportText(language);
        var campaign = report.Campaign;
        var months = campaign.MonthsStarted;
        var format = text.Format;
        var inProgress = campaign.IsComplete(months) ? (int?)null : months;

        var kpis = report.Kpis.Select(k => KpiRow.From(k, text, campaign, null) with
        {
            Name = text["kpi." + k.KpiId] + (k.BuiltOnMonthlyReports ? " *" : ""),
        }).ToList();
        var trust = report.Trust;
        var trustLine = (trust.ToDate.Index is { } index
                ? text.Text("trust_to_date", ("index", format.Number(index, 1)), ("band", text.Band(trust.ToDate.Band)))
                : text["trust_to_date_none"])
            + " " + (trust.Growth is { } growth ? text.Text("trust_growth", ("growth", text.Growth(growth))) : text["trust_growth_na"]);

        var barometer = BarometerView.Build(report.Barometer, new ReportScope(ReportScope.Federation, report.FederationId, "", "", null), campaign, text);
        var emerging = text.Text(
            "dashboard_emerging", ("count", text.Count(report.Barometer.Emerging.Count)), ("period", text.MonthYear(campaign, report.Barometer.Month)));

        return new QuarterlyReportView(
            language.Code,
            text.Text("dashboard_document_title", ("date", format.Date(campaign.Cutoff))),
            language["organisation"],
            text.Kazakh ? campaign.NameKk : campaign.NameRu,
            text["dashboard_title"],
            text.Text("data_as_of", ("date", format.Date(campaign.Cutoff))),
            text.Text("dashboard_months", ("months", ReportText.Int(months)), ("total", ReportText.Int(campaign.Months)), ("stage", language.StageName(months))),
            Revisions(report, text),
            inProgress is { } m ? text.Text("dashboard_in_progress", ("month", ReportText.Int(m)), ("date", format.Date(campaign.Cutoff))) : null,
            kpis,
            text.Text("dashboard_kpi_note", ("months", text.ReportingByMonth(report.ReportingByMonth))),
            trustLine,
            TrustTrendChart.RenderSvg(trust.ByMonth, campaign, inProgress, text, height: 190),
            RegionMapChart.RenderSvg(report.Regions, campaign.Cutoff, language),
            Best(report.Sectors, text),
            Weakest(report.Sectors, text),
            Best(report.Territories, text),
            Weakest(report.Territories, text),
            barometer,
            emerging,
            report.Media.Select(x => new MediaMonthRow(
                text.MonthYear(campaign, x.Month) + (campaign.IsComplete(x.Month) ? "" : " " + text["month_in_progress_mark"]),
                text.Count(x.Publications), text.Count(x.Videos), text.Count(x.Reach))).ToList(),
            report.Media.Count == 0 ? text["media_none_short"] : null,
            ThreatView.Build(report.Threats, text),
            text["dashboard_title"] + " · " + format.Date(campaign.Cutoff));
    }

    /// <summary>
    /// Methodology §14: for each month started, the revision it is printed from; a run of unreleased months is named
    /// once as preliminary, so the line stays short enough for the dashboard's head.
    /// </summary>
    private static string Revisions(QuarterlyReport report, ReportText text)
    {
        var items = new List<string>();
        var months = report.Campaign.MonthsStarted;
        for (var month = 1; month <= months; month++)
        {
            if (report.Revisions.TryGetValue(month, out var revision))
            {
                items.Add(text.Text("dashboard_revision_item", ("month", ReportText.Int(month)), ("revision", ReportText.Int(revision))));
                continue;
            }

            var last = month;
            while (last < months && !report.Revisions.ContainsKey(last + 1))
            {
                last++;
            }

            items.Add(last == month
                ? text.Text("dashboard_preliminary_item", ("month", ReportText.Int(month)))
                : text.Text("dashboard_preliminary_items", ("first", ReportText.Int(month)), ("last", ReportText.Int(last))));
            month = last;
        }

        return text.Text("dashboard_revisions", ("months", string.Join("; ", items)));
    }

    private static List<RatingRow> Best(RatingTable table, ReportText text) =>
        table.Lines.Where(l => l.Place is not null).Take(Shown).Select(l => RatingRow.From(l, text)).ToList();

    /// <summary>The last ranked ones, weakest last; fewer when the rating is short, never overlapping the best.</summary>
    private static List<RatingRow> Weakest(RatingTable table, ReportText text)
    {
        var ranked = table.Lines.Where(l => l.Place is not null).ToList();
        var count = Math.Min(Shown, Math.Max(0, ranked.Count - Shown));
        return ranked.Skip(ranked.Count - count).Select(l => RatingRow.From(l, text)).ToList();
    }
}

/// <summary>The threat traffic light summary: zones and compliance, counts only (methodology §10).</summary>
internal sealed record ThreatView(string Message, IReadOnlyList<ThreatZoneRow> Zones, string? Details)
{
    public static ThreatView Build(ThreatSummary threats, ReportText text)
    {
        if (threats.Organisations == 0)
        {
            return new ThreatView(text["threat_none"], [], null);
        }

        ThreatZoneRow Zone(string zone, long count) => new(text["zone." + zone], zone, text.Count(count));
        return new ThreatView(
            text.Text("threat_lead", ("count", text.Count(threats.Organisations))),
            [Zone("green", threats.Green), Zone("yellow", threats.Yellow), Zone("orange", threats.Orange), Zone("red", threats.Red)],
            text.Text(
                "threat_details",
                ("regime", text.Count(threats.InRegime)),
                ("signs", text.Count(threats.SignsHighOrCritical)),
                ("compliance", text.Share(threats.MeanCompliance))));
    }
}

internal sealed record ThreatZoneRow(string Zone, string ZoneClass, string Count);

internal sealed record MediaMonthRow(string Month, string Publications, string Videos, string Reach);
