using System.Data;
using Analytics.Reports.Common;

namespace Analytics.Reports.Quarterly;

/// <summary>Reads the national dashboard from the marts of a built warehouse.</summary>
public static class QuarterlyReportQuery
{
    /// <summary>
    /// The dashboard as of the build's cut-off, with each month of <paramref name="released"/> printed from its release
    /// (methodology §14): its trust index, completeness of reporting and publications. When the cut-off is the last
    /// day of a released month, the whole dashboard is that release's.
    /// </summary>
    public static QuarterlyReport Read(IDbConnection connection, IReadOnlyList<ReleasedMonth>? released = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var campaign = ReportContext.ReadCampaignSoFar(connection, "дашборду", "дашбордты").Campaign;
        var shown = (released ?? []).Where(month => month.Month <= campaign.MonthsStarted).OrderBy(month => month.Month).ToList();
        var whole = campaign.IsComplete(campaign.MonthsStarted) ? shown.SingleOrDefault(month => month.Month == campaign.MonthsStarted) : null;
        var report = ReadBuilt(whole?.Marts ?? connection);
        if (shown.Count == 0)
        {
            return report;
        }

        var withReleased = shown.Aggregate(report, WithReleased);
        var growth = GrowthShown(withReleased.Trust.ByMonth, campaign);
        return withReleased with
        {
            Revisions = shown.ToDictionary(month => month.Month, month => month.Revision),
            Trust = withReleased.Trust with { Growth = growth },
            // F5 in the KPI table is the same growth: one page prints one figure (methodology §5, §14)
            Kpis = withReleased.Kpis.Select(kpi => kpi.KpiId == "F5"
                ? kpi with { Value = growth, Applicable = growth is not null, Met = growth is { } value ? Math.Round(value, 9, MidpointRounding.AwayFromZero) >= kpi.Target : null }
                : kpi).ToList(),
        };
    }

    /// <summary>
    /// KPI F5's rule (methodology §5) on the months as the dashboard shows them, some from their releases: the last
    /// complete month's index against month 1's, so that the growth printed is the chart's beside it.
    /// </summary>
    private static decimal? GrowthShown(IReadOnlyList<TrustIndexPoint> byMonth, CampaignInfo campaign)
    {
        var last = byMonth.LastOrDefault(point => point.Month is { } month && campaign.IsComplete(month));
        var first = byMonth.FirstOrDefault(point => point.Month == 1);
        return last is { Month: >= 2, Index: { } index } && first is { Index: > 0 and var firstIndex }
            ? (index - firstIndex) / firstIndex
            : null;
    }

    /// <summary>The month's own figures replaced by those of its release.</summary>
    private static QuarterlyReport WithReleased(QuarterlyReport report, ReleasedMonth released)
    {
        var month = released.Month;
        var federation = new ReportScope(ReportScope.Federation, report.FederationId, "", "", null);
        var trust = SectionQueries.Trust(released.Marts, ReportScope.Federation, report.FederationId, month).ThisMonth;
        var reporting = SectionQueries.ReportingByMonth(released.Marts, ReportScope.Federation, report.FederationId, month)[month - 1];
        return report with
        {
            ReportingByMonth = report.ReportingByMonth.Select(r => r.Month == month ? reporting : r).ToList(),
            Trust = report.Trust with { ByMonth = report.Trust.ByMonth.Select(p => p.Month == month ? trust : p).ToList() },
            Media = report.Media.Where(m => m.Month != month)
                .Concat(SectionQueries.MediaByMonth(released.Marts, federation).Where(m => m.Month == month))
                .OrderBy(m => m.Month)
                .ToList(),
        };
    }

    private static QuarterlyReport ReadBuilt(IDbConnection connection)
    {
        var context = ReportContext.ReadCampaignSoFar(connection, "дашборду", "дашбордты");
        var campaign = context.Campaign;
        var months = campaign.MonthsStarted;

        var federation = ReportScope.ReadAll(connection).First(s => s.IsFederation);
        return new QuarterlyReport(
            campaign,
            SectionQueries.Kpis(connection, ReportScope.Federation, context.FederationId, "F")
                .Concat(SectionQueries.Kpis(connection, ReportScope.Federation, context.FederationId, "M")).ToList(),
            SectionQueries.ReportingByMonth(connection, ReportScope.Federation, context.FederationId, months),
            RegionCompletionQuery.Read(connection),
            SectionQueries.Trust(connection, ReportScope.Federation, context.FederationId, months),
            SectionQueries.Rating(connection, "sector", reportingMonth: months),
            SectionQueries.Rating(connection, "territorial", reportingMonth: months),
            SectionQueries.Barometer(connection, federation, months, campaign.IsComplete(months)),
            SectionQueries.MediaByMonth(connection, federation),
            Threats(connection))
        {
            Inputs = context.Inputs,
            FederationId = context.FederationId,
        };
    }

    private static ThreatSummary Threats(IDbConnection connection)
    {
        var row = Marts.One<ThreatSummaryRow>(
            connection,
            """
            select count(*) as organisations,
                   count(*) filter (where zone = 'green') as green,
                   count(*) filter (where zone = 'yellow') as yellow,
                   count(*) filter (where zone = 'orange') as orange,
                   count(*) filter (where zone = 'red') as red,
                   count(*) filter (where regime) as in_regime,
                   count(*) filter (where signs_band in ('high', 'critical')) as signs_high,
                   avg(compliance) as compliance
            from marts.mart_threat_light
            """);
        return new ThreatSummary(row.Organisations, row.Green, row.Yellow, row.Orange, row.Red, row.InRegime, row.SignsHigh, Marts.Exact(row.Compliance));
    }

    private sealed record ThreatSummaryRow
    {
        public long Organisations { get; init; }

        public long Green { get; init; }

        public long Yellow { get; init; }

        public long Orange { get; init; }

        public long Red { get; init; }

        public long InRegime { get; init; }

        public long SignsHigh { get; init; }

        public double? Compliance { get; init; }
    }
}
