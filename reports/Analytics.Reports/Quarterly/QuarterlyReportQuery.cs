using System.Data;
using Analytics.Reports.Common;

namespace Analytics.Reports.Quarterly;

/// <summary>Reads the national dashboard from the marts of a built warehouse.</summary>
public static class QuarterlyReportQuery
{
    public static QuarterlyReport Read(IDbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
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
