using System.Globalization;
using Analytics.Reports.Common;
using Analytics.Reports.Common.Views;
using Analytics.Reports.Localization;

namespace Analytics.Reports.Weekly;

/// <summary>What <c>Pdf/Templates/weekly.liquid</c> shows: the report with every value formatted in one language.</summary>
internal sealed record WeeklyReportView(
    string Lang,
    string DocumentTitle,
    string Organisation,
    string CampaignName,
    string WeekLine,
    string StageLine,
    string DataAsOf,
    string WeekRange,
    IReadOnlyList<KpiRow> Kpis,
    string Completeness,
    bool CompletenessBesideF1,
    IReadOnlyList<SectorRowView> Sectors,
    IReadOnlyList<ActivityRowView> Activities,
    string WeekColumnLast,
    string WeekColumnThis,
    string? WeekNote,
    RedZoneView RedZone,
    string SectorReportingColumn,
    EmergingProblemsView Emerging,
    ThreatLightView Threats)
{
    public static WeeklyReportView Build(WeeklyReport report, ReportLanguage language)
    {
        var header = report.Header;
        var format = language.Format;
        string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        // weeks never cross a month (methodology §1), so the week's start names the stage's month
        var monthYear = language.Text(
            "month_year",
            ("month", format.MonthName(header.WeekStart.Month)),
            ("year", Int(header.WeekStart.Year)));
        var stageLine = language.Text("stage", ("stage", Int(header.Stage)), ("name", language.StageName(header.Stage)))
            + " · " + monthYear;

        // methodology §11: a figure built on monthly reports shows the completeness next to it; of these, F1
        var completeness = CompletenessText(report.Completeness, language);
        var text = new ReportText(language);
        var kpis = report.FederationKpis
            .Select(kpi => KpiRow.From(kpi, text, report.Campaign, kpi.KpiId == "F1" ? completeness : null))
            .ToList();

        var nameComparer = StringComparer.Create(language.Culture, ignoreCase: false);
        var sectors = report.Sectors
            .OrderBy(s => language.Code == "kk" ? s.NameKk : s.NameRu, nameComparer)
            .Select((sector, i) => SectorRowView.From(i + 1, sector, language))
            .ToList();

        return new WeeklyReportView(
            language.Code,
            language.Text("document_title", ("week", Int(header.Week))),
            language["organisation"],
            language.Code == "kk" ? header.CampaignNameKk : header.CampaignNameRu,
            language.Text("week_of", ("week", Int(header.Week)), ("weeks_total", Int(header.WeeksTotal))),
            stageLine,
            language.Text("weekly.data_as_of", ("date", format.Date(header.Cutoff))),
            language.Text("week_range", ("start", format.Date(header.WeekStart)), ("end", format.Date(header.WeekEnd))),
            kpis,
            completeness,
            kpis.Any(k => k.Id == "F1"),
            sectors,
            report.WeekOnWeek.Select(a => ActivityRowView.From(a, language)).ToList(),
            header.Week > 1 ? language.Text("week_col", ("week", Int(header.Week - 1))) : language["no_value"],
            language.Text("week_col", ("week", Int(header.Week))),
            WeekNoteText(header, language),
            RedZoneView.Build(report, language),
            language.Text("sector_col_reporting", ("month", Int(report.Completeness.Month))),
            EmergingProblemsView.Build(report, language),
            ThreatLightView.Build(report, language));
    }

    private static string? WeekNoteText(ReportHeader header, ReportLanguage language)
    {
        string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
        if (header.Week == 1)
        {
            return language["week_first"];
        }

        return header.Cutoff < header.WeekEnd
            ? language.Text(
                "week_in_progress",
                ("week", Int(header.Week)),
                ("date", language.Format.Date(header.Cutoff)),
                ("previous", Int(header.Week - 1)))
            : null;
    }

    private static string CompletenessText(Reporting line, ReportLanguage language)
    {
        var month = line.Month.ToString(CultureInfo.InvariantCulture);
        if (line.Share is not { } share)
        {
            return language.Text("completeness_no_primaries", ("month", month));
        }

        var format = language.Format;
        return language.Text(
            "completeness",
            ("month", month),
            ("reported", format.Number(line.Reported)),
            ("active", format.Number(line.ActivePrimaries)),
            ("share", format.Percent(share)));
    }
}
