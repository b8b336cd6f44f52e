using Analytics.Reports.Charts;

namespace Analytics.Reports.Common.Views;

/// <summary>The trust index section: the month's five criteria with their raw figures, the index, its band and the trend.</summary>
/// <param name="Summary">"Индекс доверия за октябрь 2026: 40,3 из 50 — устойчивый уровень доверия."</param>
/// <param name="BandClass">high | stable | strengthen | attention | none, for the CSS only.</param>
/// <param name="ChartSvg">Built by ScottPlot from numbers and our labels: trusted, inserted raw.</param>
/// <param name="Reporting">Criteria 1 and 2 rest on the monthly reports: their completeness.</param>
internal sealed record TrustView(
    string Summary,
    string Band,
    string BandClass,
    IReadOnlyList<TrustCriterionRow> Criteria,
    string ToDate,
    string Growth,
    string ChartSvg,
    string Reporting)
{
    /// <param name="reporting">Completeness of the month's reports in the group (methodology §11).</param>
    public static TrustView Build(TrustSection trust, CampaignInfo campaign, int month, Reporting reporting, ReportText text)
    {
        var point = trust.ThisMonth;
        var monthName = text.MonthYear(campaign, month);
        var summary = point.Index is { } index
            ? text.Text("trust_summary", ("period", monthName), ("index", text.Format.Number(index, 1)), ("band", text.Band(point.Band)))
            : text.Text("trust_summary_none", ("period", monthName), ("present", ReportText.Int(point.CriteriaPresent)));
        var toDate = trust.ToDate.Index is { } total
            ? text.Text("trust_to_date", ("index", text.Format.Number(total, 1)), ("band", text.Band(trust.ToDate.Band)))
            : text["trust_to_date_none"];
        var growth = trust.Growth is { } g ? text.Text("trust_growth", ("growth", text.Growth(g))) : text["trust_growth_na"];
        var inProgress = campaign.IsComplete(month) ? (int?)null : month;
        return new TrustView(
            summary,
            text.Band(point.Band),
            point.Band ?? "none",
            CriterionRows(point, trust.Figures, text),
            toDate,
            growth,
            TrustTrendChart.RenderSvg(trust.ByMonth, campaign, inProgress, text),
            text.Text("trust_reporting", ("reporting", text.Reporting(reporting))));
    }

    private static List<TrustCriterionRow> CriterionRows(TrustIndexPoint point, TrustFigures? figures, ReportText text)
    {
        var format = text.Format;
        string? Raw(int criterion)
        {
            if (figures is null)
            {
                return null;
            }

            return criterion switch
            {
                1 => figures.Reach is { } reach
                    ? text.Text("figure.c1", ("share", format.Percent(reach)), ("reached", text.Count(figures.MembersReached)), ("members", text.Count(figures.Members)))
                    : figures.Members == 0 ? text["figure.no_members"] : text["figure.c1_no_reports"],
                2 => figures.AppealsPer100 is { } a
                    ? text.Text("figure.c2", ("rate", format.Number(a, 2)), ("received", text.Count(figures.AppealsReceived)), ("offline", text.Count(figures.AppealsOffline)))
                    : figures.Members == 0 ? text["figure.no_members"] : text["figure.c2_none"],
                3 => figures.AppealsReceived == 0
                    ? text["figure.c3_none"]
                    : figures.MedianUnanswered || figures.MedianResponseHours is null
                        ? text["figure.c3_unanswered"]
                        : text.Text("figure.c3", ("hours", format.Number(figures.MedianResponseHours.Value, 1))),
                4 => figures.MeanSatisfaction is { } s
                    ? text.Text("figure.c4", ("mean", format.Number(s, 2)), ("ratings", text.Count(figures.Ratings)))
                    : text["figure.c4_none"],
                _ => figures.Completion is { } c ? text.Text("figure.c5", ("share", format.Percent(c))) : text["figure.no_primaries"],
            };
        }

        return point.Criteria.Select((score, i) => new TrustCriterionRow(
            ReportText.Int(i + 1),
            text["criterion." + ReportText.Int(i + 1)],
            Raw(i + 1) ?? "—",
            score is { } s ? format.Number(s, 1) : text["criterion_missing"],
            score is null)).ToList();
    }
}

/// <param name="Missing">The criterion could not be scored (methodology §6): the index uses the others.</param>
internal sealed record TrustCriterionRow(string Number, string Name, string Raw, string Score, bool Missing);
