using Analytics.Reports.Common;
using Analytics.Reports.Common.Markdown;
using Analytics.Reports.Common.Views;
using Analytics.Reports.Pdf;

namespace Analytics.Reports.Final;

/// <summary>Results against every target: the federation's KPIs and how many unions met theirs.</summary>
/// <param name="FederationHtml">The KPI table, rendered from the monthly reports' partial.</param>
internal sealed record ResultsView(string FederationHtml, IReadOnlyList<UnionKpiRow> Unions)
{
    public static ResultsView Build(FinalReport report, ReportText text)
    {
        var federation = KpiSectionView.Build(report.Kpis, null, null, new ReportScope(ReportScope.Federation, "", "", "", null), report.Campaign, report.ReportingByMonth, text);
        return new ResultsView(PeriodicTemplates.Section("kpis", federation, text), report.UnionKpis.Select(k => new UnionKpiRow(
            k.KpiId,
            text["kpi." + k.KpiId],
            text.Count(k.Organisations),
            text.Count(k.Met),
            text.Count(k.NotMet),
            text.Count(k.NotApplicable),
            k.Met + k.NotMet > 0 ? text.Format.Percent((decimal)k.Met / (k.Met + k.NotMet)) : text["not_applicable"])).ToList());
    }
}

internal sealed record UnionKpiRow(string Id, string Name, string Organisations, string Met, string NotMet, string NotApplicable, string MetShare);

/// <summary>The trust index of the campaign, with organisations by band.</summary>
internal sealed record FinalTrustView(string TrustHtml, IReadOnlyList<BandRow> Bands)
{
    public static FinalTrustView Build(FinalReport report, ReportText text)
    {
        var months = report.Trust.ByMonth.Count;
        var trust = TrustView.Build(report.Trust, report.Campaign, months, report.ReportingByMonth[months - 1], text);
        string[] bands = ["high", "stable", "strengthen", "attention", "none"];
        string Count(string scope, string band) =>
            text.Count(report.Bands.Where(b => b.Scope == scope && b.Band == band).Sum(b => b.Organisations));
        return new FinalTrustView(PeriodicTemplates.Section("trust", trust, text), bands.Select(band => new BandRow(
            text.Band(band == "none" ? null : band), band, Count("primary", band), Count("sector", band), Count("territorial", band))).ToList());
    }
}

internal sealed record BandRow(string Band, string BandClass, string Primaries, string Sectors, string Territories);

/// <summary>A card of the national gallery of best practices: every text from the case, encoded by the template.</summary>
internal sealed record PracticeCard(
    string Rank,
    string Title,
    string Organisation,
    string? Sector,
    string Category,
    string Problem,
    string Actions,
    string Result,
    string Helped,
    string? Amount,
    string? Decided)
{
    public static PracticeCard From(PracticeCase practice, ReportText text) => new(
        text.Count(practice.Rank),
        practice.Title,
        text.Name(practice.OrgNameRu, practice.OrgNameKk),
        practice.SectorNameRu is null ? null : text.Name(practice.SectorNameRu, practice.SectorNameKk ?? practice.SectorNameRu),
        text.Language.Labels.TryGetValue("case_category." + practice.Category, out var category) ? category : practice.Category,
        practice.Problem ?? text["no_data"],
        practice.Actions ?? text["no_data"],
        practice.Result ?? text["no_data"],
        text.Text("gallery_helped", ("count", text.Count(practice.WorkersHelped))),
        practice.AmountKzt is { } amount ? text.Text("gallery_amount", ("amount", text.Format.Number(amount, 0))) : null,
        practice.DecidedAt is { } date ? text.Text("gallery_decided", ("date", text.Format.Date(date))) : null);
}

/// <summary>The best organisations: primaries, sector unions and territorial associations.</summary>
internal static class BestOrganisations
{
    public static List<RatingView> Build(FinalReport report, ReportText text)
    {
        var lead = text.Text("rating_lead", ("date", text.Format.Date(report.Campaign.Cutoff)))
            + " " + text.Text("rating_reporting", ("months", text.ReportingByMonth(report.ReportingByMonth)));
        RatingTable Top(RatingTable table) => table with { Lines = table.Lines.Take(FinalReportQuery.BestLines).ToList() };
        var month = report.ReportingByMonth.Count;
        return
        [
            RatingView.Build(report.Primaries, text["best_title.primary"], lead, month, text, all: true),
            RatingView.Build(Top(report.Sectors), text["best_title.sector"], null, month, text, all: true),
            RatingView.Build(Top(report.Territories), text["best_title.territorial"], null, month, text, all: true),
        ];
    }
}

/// <summary>Youth projects and ambassadors; an ambassador is named by rank only, «Амбассадор №1».</summary>
internal sealed record YouthView(IReadOnlyList<YouthRow> Projects, IReadOnlyList<AmbassadorRow> Ambassadors, string? ProjectsNone, string? AmbassadorsNone)
{
    public static YouthView Build(FinalReport report, ReportText text) => new(
        report.Youth.Select(y => new YouthRow(
            text.Count(y.Rank),
            y.Title ?? WhatName(y, text),
            WhatName(y, text),
            text.Name(y.OrgNameRu, y.OrgNameKk),
            text.Text(y.Kind == "case" ? "youth_score_case" : "youth_score_event", ("count", text.Count(y.Score))))).ToList(),
        report.Ambassadors.Select(a => new AmbassadorRow(
            text.Text("ambassador_name", ("rank", text.Count(a.Rank))),
            text.Language.Labels.TryGetValue("ambassador_category." + a.Category, out var category) ? category : a.Category,
            a.SectorNameRu is null ? "—" : text.Name(a.SectorNameRu, a.SectorNameKk ?? a.SectorNameRu),
            text.Count(a.Publications),
            text.Count(a.EventsOrganised),
            text.Format.Number(a.Score, 0))).ToList(),
        report.Youth.Count == 0 ? text["youth_none"] : null,
        report.Ambassadors.Count == 0 ? text["ambassadors_none"] : null);

    private static string WhatName(YouthProject project, ReportText text)
    {
        var key = (project.Kind == "case" ? "case_category." : "event_type.") + project.What;
        return text.Language.Labels.TryGetValue(key, out var name) ? name : project.What;
    }
}

internal sealed record YouthRow(string Rank, string Title, string What, string Organisation, string Score);

internal sealed record AmbassadorRow(string Name, string Category, string Sector, string Publications, string Events, string Score);

/// <summary>The members' survey: the federation, by month, by sector union and territorial association.</summary>
internal sealed record SurveyView(string Lead, IReadOnlyList<SurveyRow> ByMonth, IReadOnlyList<SurveyRow> Sectors, IReadOnlyList<SurveyRow> Territories, string? None)
{
    public static SurveyView Build(FinalReport report, ReportText text)
    {
        if (report.Survey is not { } survey)
        {
            return new SurveyView("", [], [], [], text["survey_none"]);
        }

        var f = survey.Federation;
        var lead = text.Text(
            "survey_lead",
            ("responses", text.Count(f.Responses)),
            ("trust", f.MeanTrust is { } trust ? text.Format.Number(trust, 1) : text["no_data"]),
            ("satisfaction", f.MeanSatisfaction is { } s ? text.Format.Number(s, 2) : text["no_data"]),
            ("aware", text.Share(f.AwareShare)));
        // a group of 1 to 4 answers may be a single primary's (a sector with one primary): its count shows as "<5"
        // and its means, which would be those few people's own answers, are not shown (methodology §12)
        SurveyRow Row(SurveyLine line, string name) => line.Responses is >= 1 and <= 4
            ? new(name, "<5", "—", "—", "—")
            : new(
                name,
                text.Count(line.Responses),
                line.MeanTrust is { } trust ? text.Format.Number(trust, 1) : "—",
                line.MeanSatisfaction is { } s ? text.Format.Number(s, 2) : "—",
                line.AwareShare is { } aware ? text.Format.Percent(aware) : "—");
        return new SurveyView(
            lead,
            survey.ByMonth.Select(m => Row(m, text.MonthYear(report.Campaign, int.Parse(m.Key, System.Globalization.CultureInfo.InvariantCulture)))).ToList(),
            survey.Sectors.Select(l => Row(l, text.Name(l.NameRu, l.NameKk))).ToList(),
            survey.Territories.Select(l => Row(l, text.Name(l.NameRu, l.NameKk))).ToList(),
            null);
    }
}

internal sealed record SurveyRow(string Name, string Responses, string Trust, string Satisfaction, string Aware);

/// <summary>The barometer and the media over the campaign, month by month.</summary>
internal sealed record CampaignMonitoringView(IReadOnlyList<BarometerMonthRow> Barometer, string MediaHtml, IReadOnlyList<MediaMonthRow> MediaByMonth)
{
    public static CampaignMonitoringView Build(FinalReport report, ReportText text)
    {
        var campaignText = text.Text("campaign_span", ("start", text.Format.Date(report.Campaign.FirstDay)), ("end", text.Format.Date(Min(report.Campaign.Cutoff, report.Campaign.LastDay))));
        return new CampaignMonitoringView(
            report.Barometer.Select(m => new BarometerMonthRow(
                text.MonthYear(report.Campaign, m.Month) + (m.Complete ? "" : " " + text["month_in_progress_mark"]),
                text.Count(m.Appeals),
                m.TopTopics.Count == 0 ? "—" : string.Join(", ", m.TopTopics.Select(t => text.Topic(t.Topic))),
                m.MeanSatisfaction is { } s ? text.Format.Number(s, 2) : "—",
                text.Count(m.EmergingProblems),
                text.Share(m.ClassifiedShare),
                text.Share(m.OtherShare))).ToList(),
            PeriodicTemplates.Section("media", MediaView.Build(report.Media, campaignText, text), text),
            report.MediaByMonth.Select(m => new MediaMonthRow(
                text.MonthYear(report.Campaign, m.Month) + (report.Campaign.IsComplete(m.Month) ? "" : " " + text["month_in_progress_mark"]),
                text.Count(m.Publications),
                text.Count(m.Videos),
                text.Count(m.Reach))).ToList());
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}

/// <param name="Classified">Share of the month's appeals whose topic the lexicon found; <paramref name="Other"/>, left as "other".</param>
internal sealed record BarometerMonthRow(string Month, string Appeals, string TopTopics, string Satisfaction, string Emerging, string Classified, string Other);

internal sealed record MediaMonthRow(string Month, string Publications, string Videos, string Reach);

/// <summary>The analysts' proposals: blocks of plain text the template wraps in tags and encodes.</summary>
internal sealed record ProposalsView(IReadOnlyList<MarkdownBlock> Blocks, string? None, string? Source)
{
    public static ProposalsView Build(FinalReport report, ReportText text) => new(
        report.Proposals,
        report.Proposals.Count == 0 ? text["proposals_none"] : null,
        report.ProposalsSource is { } source ? text.Text("proposals_source", ("file", source)) : null);
}
