using Analytics.Reports.Charts;
using Analytics.Reports.Common.Views;
using Analytics.Reports.Localization;

namespace Analytics.Reports.Threats;

/// <summary>The threat sheets laid out for <c>Pdf/Templates/threats.liquid</c>, in one language.</summary>
internal sealed record ThreatsReportView(
    string Lang,
    string DocumentTitle,
    string Organisation,
    string CampaignName,
    string Title,
    string Marking,
    string DataAsOf,
    string Intro,
    string? None,
    IReadOnlyList<ThreatSheetView> Sheets,
    string RunningHead)
{
    public static ThreatsReportView Build(ThreatsReport report, ReportLanguage language)
    {
        var text = new ReportText(language);
        var campaign = report.Campaign;
        var date = text.Format.Date(campaign.Cutoff);
        return new ThreatsReportView(
            language.Code,
            text.Text("threats.document_title", ("date", date)),
            language["organisation"],
            text.Kazakh ? campaign.NameKk : campaign.NameRu,
            text["threats.title"],
            text["threats.marking"],
            text.Text("data_as_of", ("date", date)),
            text["threats.intro"],
            report.Sheets.Count == 0 ? text["threat_none"] : null,
            report.Sheets.Select(sheet => ThreatSheetView.Build(sheet, report.Texts, campaign.Months * 4, text)).ToList(),
            text["threats.title"] + " · " + date);
    }
}

/// <summary>One organisation's sheet: the zone now, the trend, overdue entries, what the zone and the levels ask for.</summary>
internal sealed record ThreatSheetView(
    string Name,
    string Kind,
    string ZoneClass,
    string ZoneSymbol,
    string ZoneLine,
    string PointsLine,
    string SignsLine,
    string RegimeLine,
    string ChartSvg,
    IReadOnlyList<ThreatWeekCell> Weeks,
    IReadOnlyList<ThreatLevelRow> Levels,
    IReadOnlyList<ThreatMilestoneRow> Milestones,
    ZoneResponseView Asks,
    IReadOnlyList<LevelResponseView> Matrix,
    string? MatrixNone)
{
    private static readonly string[] LevelCodes = ["low", "medium", "high", "critical"];

    public static ThreatSheetView Build(ThreatSheet sheet, ThreatResponseTexts texts, int weeks, ReportText text)
    {
        var format = text.Format;
        var language = text.Language.Code;
        var name = text.Name(sheet.NameRu, sheet.NameKk);
        var inProgress = sheet.History.FirstOrDefault(w => !w.Complete)?.Week;
        var raised = sheet.Zone != sheet.PointsZone
            ? " " + text.Text("threats.zone_raised", ("zone", text["zone." + sheet.PointsZone]))
            : "";
        var present = sheet.Levels.Where(l => l.Entries > 0).Select(l => l.Level).ToHashSet(StringComparer.Ordinal);
        return new ThreatSheetView(
            name,
            text.Labels.TryGetValue("scope_kind." + sheet.Level, out var kind) ? kind : text["threats.kind_primary"],
            sheet.Zone,
            ThreatTrendChart.Symbol(sheet.Zone),
            text.Text("threats.zone_now", ("zone", text["zone." + sheet.Zone])) + raised,
            text.Text("threats.points_now", ("points", format.Number(sheet.Points, 0))),
            text.Text("threats.signs_now", ("signs", text.Count(sheet.Signs)), ("band", text["threats.band." + sheet.SignsBand])),
            sheet.Regime ? text["threats.regime_on"] : text["threats.regime_off"],
            ThreatTrendChart.RenderSvg(sheet.History, weeks, inProgress, text),
            sheet.History.Select(w => new ThreatWeekCell(
                ReportText.Int(w.Week) + (w.Complete ? "" : "*"), format.Number(w.Points, 0), ThreatTrendChart.Symbol(w.Zone), w.Zone, w.Regime)).ToList(),
            sheet.Levels.Select(l => new ThreatLevelRow(
                text["threats.level." + l.Level], text.Count(l.Entries), text.Count(l.DeadlinesPassed), text.Count(l.Overdue), l.Overdue > 0)).ToList(),
            [
                new(text["threats.milestone_compliance"], text.Share(sheet.Compliance)),
                new(text["threats.milestone_facts"], text.Share(sheet.Facts6hShare)),
                new(text["threats.milestone_drafted"], text.Share(sheet.Drafted12hShare)),
                new(text["threats.milestone_delivered"], text.Share(sheet.Delivered24hShare)),
            ],
            ZoneResponseView.Build(sheet, texts, language, text),
            LevelCodes.Where(present.Contains).Select(level => LevelResponseView.Build(level, texts, language)).ToList(),
            present.Count == 0 ? text["threats.matrix_none"] : null);
    }
}

internal sealed record ThreatWeekCell(string Week, string Points, string Symbol, string ZoneClass, bool Regime);

internal sealed record ThreatLevelRow(string Level, string Entries, string Passed, string Overdue, bool HasOverdue);

internal sealed record ThreatMilestoneRow(string Name, string Share);

/// <summary>Appendix 6: what the zone asks of the union's leader, whether and how fast to inform the federation, how often to monitor.</summary>
internal sealed record ZoneResponseView(string Title, IReadOnlyList<string> LeaderActions, string InformFederation, string Monitoring, string? RegimeTitle, string? RegimeRule)
{
    public static ZoneResponseView Build(ThreatSheet sheet, ThreatResponseTexts texts, string language, ReportText text) => new(
        texts.Text("zone", sheet.Zone, language, "title"),
        texts.Lines("zone", sheet.Zone, language, "leader_actions"),
        text.Text("threats.inform_federation", ("text", texts.Text("zone", sheet.Zone, language, "inform_federation"))),
        text.Text("threats.monitoring", ("text", texts.Text("zone", sheet.Zone, language, "monitoring"))),
        sheet.Regime ? texts.Text("regime", "special", language, "title") : null,
        sheet.Regime ? texts.Text("regime", "special", language, "rule") : null);
}

/// <summary>Appendix 1: the response matrix's row for one threat level.</summary>
internal sealed record LevelResponseView(string Title, IReadOnlyList<string> Responsible, string Deadline, IReadOnlyList<string> Measures, IReadOnlyList<string> Forms)
{
    public static LevelResponseView Build(string level, ThreatResponseTexts texts, string language) => new(
        texts.Text("level", level, language, "title"),
        texts.Lines("level", level, language, "responsible"),
        texts.Text("level", level, language, "deadline"),
        texts.Lines("level", level, language, "measures"),
        texts.Lines("level", level, language, "forms"));
}
