using Analytics.Reports.Common.Views;
using Analytics.Reports.Localization;
using Analytics.Reports.Xlsx;
using ClosedXML.Excel;

namespace Analytics.Reports.Nominations;

/// <summary>The pack's XLSX companion: the nominations of appendix 4, and every shortlisted candidate with its evidence.</summary>
public static class NominationsReportWorkbook
{
    public static void Write(NominationsReport report, ReportLanguage language, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);

        var t = new ReportText(language);
        var campaign = report.Campaign;
        var title = t["nominations_document_title"];
        using var workbook = new XLWorkbook();
        PeriodicSheets.About(workbook, t,
        [
            (t["xlsx.about_report"], title),
            (t["xlsx.about_organisation"], language["organisation"]),
            (t["xlsx.about_campaign"], t.Kazakh ? campaign.NameKk : campaign.NameRu),
            (t["xlsx.about_cutoff"], campaign.Cutoff),
            (t["xlsx.about_preliminary"], report.Preliminary ? t["yes"] : t["no"]),
            (t["xlsx.about_methodology"], t["nominations_method_note"]),
        ]);

        SheetWriter.Add(workbook, t["xlsx.sheet_nominations"],
        [
            new SheetColumn<(int Position, Nomination Nomination)>(t["xlsx.col_rank"], 7, CellKind.Integer, n => n.Position),
            new(t["xlsx.col_nomination"], 48, CellKind.Text, n => t.Name(n.Nomination.NameRu, n.Nomination.NameKk)),
            new(t["xlsx.col_nomination_section"], 28, CellKind.Text, n => t["nomination_section." + n.Nomination.Section]),
            new(t["xlsx.col_candidates"], 14, CellKind.Integer, n => n.Nomination.FromData ? n.Nomination.Shortlist.Count : null),
            new(t["xlsx.col_nomination_source"], 60, CellKind.Text, n => n.Nomination.FromData ? t["nomination_lead." + n.Nomination.Code] : t["nomination_by_organisations"]),
        ], report.Nominations.Select((nomination, i) => (Position: i + 1, Nomination: nomination)));

        var candidates = report.Nominations
            .SelectMany(nomination => nomination.Shortlist.Select(candidate =>
                (Nomination: nomination, Candidate: candidate, Line: CandidateLineView.From(nomination.Code, candidate, t))))
            .ToList();
        SheetWriter.Add(workbook, t["xlsx.sheet_shortlists"],
        [
            new SheetColumn<(Nomination Nomination, NominationCandidate Candidate, CandidateLineView Line)>(t["xlsx.col_nomination"], 40, CellKind.Text, c => t.Name(c.Nomination.NameRu, c.Nomination.NameKk)),
            new(t["xlsx.col_rank"], 7, CellKind.Integer, c => c.Candidate.Rank),
            new(t["nomination_col_candidate"], 40, CellKind.Text, c => c.Line.Name),
            new(t["media_col_organisation"], 36, CellKind.Text, c => c.Line.Organisation ?? c.Line.Name),
            new(t["xlsx.col_score"], 12, CellKind.Decimal, c => c.Candidate.Score),
            new(t["nomination_col_evidence"], 100, CellKind.Text, c => string.Join("\n", c.Line.Evidence.Select(e => e.Label + ": " + e.Value))),
        ], candidates, t["nomination_none_at_all"]);
        PeriodicSheets.Finish(workbook, campaign, title, t, path);
    }
}
