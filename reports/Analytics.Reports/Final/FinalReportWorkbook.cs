using Analytics.Reports.Common;
using Analytics.Reports.Common.Views;
using Analytics.Reports.Localization;
using Analytics.Reports.Xlsx;
using ClosedXML.Excel;

namespace Analytics.Reports.Final;

/// <summary>The final report's XLSX companion: every table of the PDF as a sheet, the ratings in full.</summary>
public static class FinalReportWorkbook
{
    /// <summary>1 to 4 answers may be a single primary's: shown as "&lt;5", without means (as in the PDF).</summary>
    private static bool Few(SurveyLine line) => line.Responses is >= 1 and <= 4;

    public static void Write(FinalReport report, ReportLanguage language, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        var t = new ReportText(language);
        var campaign = report.Campaign;
        var name = t.Kazakh ? campaign.NameKk : campaign.NameRu;
        var title = t.Text("final_document_title", ("name", name));
        using var workbook = new XLWorkbook();

        PeriodicSheets.About(workbook, t,
        [
            (t["xlsx.about_report"], title),
            (t["xlsx.about_organisation"], language["organisation"]),
            (t["xlsx.about_campaign"], name),
            (t["xlsx.about_campaign_first_day"], campaign.FirstDay),
            (t["xlsx.about_campaign_last_day"], campaign.LastDay),
            (t["xlsx.about_cutoff"], campaign.Cutoff),
            (t["xlsx.about_preliminary"], report.Preliminary ? t["yes"] : t["no"]),
            (t["xlsx.about_methodology"], t["methodology_note"]),
        ]);

        PeriodicSheets.Kpis(workbook, t, t["xlsx.sheet_kpis"], report.Kpis);
        SheetWriter.Add(workbook, t["xlsx.sheet_union_kpis"],
        [
            new SheetColumn<UnionKpiSummary>(t["xlsx.col_id"], 6, CellKind.Text, k => k.KpiId),
            new(t["kpi_col_name"], 52, CellKind.Text, k => t["kpi." + k.KpiId]),
            new(t["union_col_organisations"], 14, CellKind.Integer, k => k.Organisations),
            new(t["union_col_met"], 14, CellKind.Integer, k => k.Met),
            new(t["union_col_not_met"], 14, CellKind.Integer, k => k.NotMet),
            new(t["union_col_na"], 16, CellKind.Integer, k => k.NotApplicable),
        ], report.UnionKpis);
        PeriodicSheets.Trust(workbook, t, campaign, report.Trust.ByMonth.Append(report.Trust.ToDate));

        SheetWriter.Add(workbook, t["xlsx.sheet_practices"],
        [
            new SheetColumn<PracticeCase>(t["xlsx.col_rank"], 7, CellKind.Integer, p => p.Rank),
            new(t["xlsx.col_case_id"], 11, CellKind.Text, p => p.CaseId),
            new(t["gallery_col_title"], 40, CellKind.Text, p => p.Title),
            new(t["media_col_organisation"], 40, CellKind.Text, p => t.Name(p.OrgNameRu, p.OrgNameKk)),
            new(t["gallery_col_category"], 22, CellKind.Text, p => t.Language.Labels.TryGetValue("case_category." + p.Category, out var c) ? c : p.Category),
            new(t["gallery_problem"], 50, CellKind.Text, p => p.Problem),
            new(t["gallery_actions"], 50, CellKind.Text, p => p.Actions),
            new(t["gallery_result"], 50, CellKind.Text, p => p.Result),
            new(t["gallery_col_helped"], 12, CellKind.Integer, p => p.WorkersHelped),
            new(t["gallery_col_amount"], 16, CellKind.Decimal, p => p.AmountKzt),
            new(t["gallery_col_decided"], 12, CellKind.Date, p => p.DecidedAt),
        ], report.Practices, t["gallery_none"]);

        PeriodicSheets.Rating(workbook, t, t["xlsx.sheet_rating.primary"], report.Primaries, null);
        PeriodicSheets.Rating(workbook, t, t["xlsx.sheet_rating.sector"], report.Sectors, report.ReportingByMonth.Count);
        PeriodicSheets.Rating(workbook, t, t["xlsx.sheet_rating.territorial"], report.Territories, report.ReportingByMonth.Count);

        SheetWriter.Add(workbook, t["xlsx.sheet_youth"],
        [
            new SheetColumn<YouthProject>(t["xlsx.col_rank"], 7, CellKind.Integer, y => y.Rank),
            new(t["xlsx.col_code"], 11, CellKind.Text, y => y.Key),
            new(t["youth_col_title"], 50, CellKind.Text, y => y.Title),
            new(t["youth_col_what"], 24, CellKind.Text, y => y.What),
            new(t["media_col_organisation"], 44, CellKind.Text, y => t.Name(y.OrgNameRu, y.OrgNameKk)),
            new(t["youth_col_score"], 12, CellKind.Integer, y => y.Score),
        ], report.Youth, t["youth_none"]);

        SheetWriter.Add(workbook, t["xlsx.sheet_ambassadors"],
        [
            new SheetColumn<AmbassadorLine>(t["ambassador_col_name"], 18, CellKind.Text, a => t.Text("ambassador_name", ("rank", t.Count(a.Rank)))),
            new(t["ambassador_col_category"], 28, CellKind.Text, a => t.Language.Labels.TryGetValue("ambassador_category." + a.Category, out var c) ? c : a.Category),
            new(t["ambassador_col_sector"], 50, CellKind.Text, a => a.SectorNameRu is null ? null : t.Name(a.SectorNameRu, a.SectorNameKk ?? a.SectorNameRu)),
            new(t["ambassador_col_publications"], 14, CellKind.Integer, a => a.Publications),
            new(t["ambassador_col_events"], 14, CellKind.Integer, a => a.EventsOrganised),
            new(t["ambassador_col_score"], 10, CellKind.Decimal, a => a.Score),
        ], report.Ambassadors, t["ambassadors_none"]);

        SheetWriter.Add(workbook, t["xlsx.sheet_nominations"],
        [
            new SheetColumn<NominationLeaderRow>(t["leaders_col_nomination"], 44, CellKind.Text, r => r.Nomination),
            new(t["leaders_col_leader"], 40, CellKind.Text, r => r.Leader),
            new(t["media_col_organisation"], 40, CellKind.Text, r => r.Organisation),
            new(t["rating_col_score"], 12, CellKind.Text, r => r.Score),
            new(t["leaders_col_score"], 28, CellKind.Text, r => r.Note),
        ], NominationLeadersView.Build(report, t).Rows);

        var survey = report.Survey;
        var surveyLines = survey is null
            ? []
            : new[] { (Group: t["scope_kind.federation"], Line: survey.Federation) }
                .Concat(survey.ByMonth.Select(m => (Group: t.MonthYear(campaign, int.Parse(m.Key, System.Globalization.CultureInfo.InvariantCulture)), Line: m)))
                .Concat(survey.Sectors.Select(l => (Group: t["scope_kind.sector"], Line: l)))
                .Concat(survey.Territories.Select(l => (Group: t["scope_kind.territorial"], Line: l)))
                .ToList();
        SheetWriter.Add(workbook, t["xlsx.sheet_survey"],
        [
            new SheetColumn<(string Group, SurveyLine Line)>(t["xlsx.col_scope"], 30, CellKind.Text, r => r.Group),
            new(t["survey_col_name"], 50, CellKind.Text, r => r.Line.Key.All(char.IsDigit) ? "" : t.Name(r.Line.NameRu, r.Line.NameKk)),
            new(t["survey_col_responses"], 12, CellKind.Text, r => Few(r.Line) ? "<5" : t.Count(r.Line.Responses)),
            new(t["survey_col_trust"], 14, CellKind.Decimal, r => Few(r.Line) ? null : r.Line.MeanTrust),
            new(t["survey_col_satisfaction"], 14, CellKind.Decimal, r => Few(r.Line) ? null : r.Line.MeanSatisfaction),
            new(t["survey_col_aware"], 14, CellKind.Percent, r => Few(r.Line) ? null : r.Line.AwareShare),
        ], surveyLines, t["survey_none"]);

        SheetWriter.Add(workbook, t["xlsx.sheet_barometer_months"],
        [
            new SheetColumn<BarometerMonth>(t["xlsx.col_month"], 8, CellKind.Integer, m => m.Month),
            new(t["barometer_col_appeals"], 12, CellKind.Integer, m => m.Appeals),
            new(t["monitoring_col_topics"], 60, CellKind.Text, m => string.Join(", ", m.TopTopics.Select(x => t.Topic(x.Topic)))),
            new(t["barometer_col_satisfaction"], 14, CellKind.Decimal, m => m.MeanSatisfaction),
            new(t["monitoring_col_emerging"], 14, CellKind.Integer, m => m.EmergingProblems),
            new(t["barometer_col_classified"], 14, CellKind.Percent, m => m.ClassifiedShare),
            new(t["barometer_col_other"], 14, CellKind.Percent, m => m.OtherShare),
        ], report.Barometer);

        PeriodicSheets.Media(workbook, t, report.Media);
        PeriodicSheets.Reporting(workbook, t, campaign, report.ReportingByMonth);
        PeriodicSheets.Quality(workbook, t, report.Quality);
        PeriodicSheets.Finish(workbook, campaign, title, t, path);
    }
}
