using Analytics.Reports.Common;
using Analytics.Reports.Common.Views;
using Analytics.Reports.Localization;
using Analytics.Reports.Pdf;

namespace Analytics.Reports.Monthly;

/// <summary>The monthly report laid out for <c>Pdf/Templates/monthly.liquid</c>: its cover and its sections, rendered in one language.</summary>
internal sealed record MonthlyReportView(CoverView Cover, IReadOnlyList<SectionView> Sections)
{
    public static MonthlyReportView Build(MonthlyReport report, ReportLanguage language)
    {
        var text = new ReportText(language);
        var campaign = report.Campaign;
        var scope = report.Scope;
        var month = report.Month;
        var monthYear = text.MonthYear(campaign, month);
        var kind = "monthly_title." + scope.Scope;

        var notice = string.Join(" ", new[]
        {
            report.InProgress
                ? text.Text("month_in_progress", ("month", ReportText.Int(month)), ("date", text.Format.Date(campaign.Cutoff)), ("end", text.Format.Date(campaign.MonthEnd(month))))
                : null,
            MonthlyNotices.Release(report, text),
            MonthlyNotices.Confirmation(report, text),
        }.Where(line => line is not null));
        var cover = new CoverView(
            language.Code,
            text.Text("monthly_document_title", ("title", text[kind]), ("subject", scope.Name(text.Kazakh)), ("period", monthYear)),
            language["organisation"],
            text.Kazakh ? campaign.NameKk : campaign.NameRu,
            text["monthly_kind"],
            text[kind],
            scope.IsFederation ? null : scope.Name(text.Kazakh),
            text.Text("month_line", ("month", ReportText.Int(month)), ("months", ReportText.Int(campaign.Months)), ("period", monthYear)),
            text.Text("stage_line", ("stage", ReportText.Int(month)), ("name", language.StageName(month))),
            text.Text("data_as_of", ("date", text.Format.Date(campaign.Cutoff))),
            notice,
            text[kind] + " · " + (scope.IsFederation ? "" : scope.Name(text.Kazakh) + " · ") + monthYear)
        {
            ThreatActions = ThreatActionLines.Build(report.ThreatActions, text),
        };

        var sections = new List<(string Title, string Partial, object View, string Css)>
        {
            (text["section.kpis." + scope.Scope], "kpis",
                KpiSectionView.Build(report.Kpis, report.ControlIndicator, month, scope, campaign, report.ReportingByMonth, text), ""),
            (text["section.trust"], "trust", TrustView.Build(report.Trust, campaign, month, report.Reporting, text), "p-keep"),
            (text["section.barometer"], "barometer", BarometerView.Build(report.Barometer, scope, campaign, text), "p-break"),
            (text["section.media"], "media", MediaView.Build(report.Media, monthYear, text), ""),
            (text["section.service"], "service", ServiceView.Build(report.Service, campaign, report.ReportingByMonth, text), "p-keep"),
            (text["section.rating." + scope.Scope], "rating", Ratings(report, text), "p-break"),
            (text["section.reporting"], "reporting", ReportingView.Build(report.ReportingByMonth, campaign, text), "p-keep"),
            (text["section.quality"], "quality", QualityView.Build(report.Quality, text), "p-keep"),
        };

        if (report.Changes is { } changes)
        {
            sections.Insert(0, (text.Text("changes_title", ("revision", ReportText.Int(changes.PreviousRevision))), "changes",
                RevisionChangesView.Build(changes, text), "p-keep"));
        }

        return new MonthlyReportView(
            cover,
            sections.Select((s, i) => new SectionView(
                ReportText.Int(i + 1),
                s.Title,
                "s" + ReportText.Int(i + 1),
                PeriodicTemplates.Section(s.Partial, s.View, text),
                s.Css)).ToList());
    }

    private static List<RatingView> Ratings(MonthlyReport report, ReportText text)
    {
        var scope = report.Scope;
        var lead = text.Text("rating_lead", ("date", text.Format.Date(report.Campaign.Cutoff)))
            + " " + text.Text("rating_reporting", ("months", text.ReportingByMonth(report.ReportingByMonth)));
        return report.Ratings.Select((table, i) => RatingView.Build(
            table,
            text["rating_title." + table.Rating],
            i == 0 ? lead : null,
            report.Month,
            text,
            all: scope.IsFederation,
            nationalRank: !scope.IsFederation)).ToList();
    }
}
