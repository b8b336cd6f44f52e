using System.Data;
using Analytics.Reports.Common;
using Analytics.Reports.Weekly;
using Dapper;

namespace Analytics.Reports.Quarterly;

/// <summary>Reads the national dashboard from the marts of a built warehouse.</summary>
public static class QuarterlyReportQuery
{
    public static QuarterlyReport Read(IDbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var context = ReportContext.Read(connection);
        var campaign = context.Campaign;
        var months = campaign.MonthsStarted;
        if (months == 0)
        {
            throw new ReportUnavailableException(
                $"Дата среза {campaign.Cutoff:dd.MM.yyyy} раньше начала кампании: дашборду не из чего строиться.",
                $"Кесу күні {campaign.Cutoff:dd.MM.yyyy} науқан басталғанға дейін: дашбордты құратын деректер жоқ.");
        }

        var federation = ReportScope.ReadAll(connection).First(s => s.IsFederation);
        return new QuarterlyReport(
            campaign,
            SectionQueries.Kpis(connection, ReportScope.Federation, context.FederationId, "F")
                .Concat(SectionQueries.Kpis(connection, ReportScope.Federation, context.FederationId, "M")).ToList(),
            SectionQueries.ReportingByMonth(connection, ReportScope.Federation, context.FederationId, months),
            RegionCompletionQuery.Read(connection),
            SectionQueries.Trust(connection, ReportScope.Federation, context.FederationId, months, campaign.LastCompleteMonth),
            SectionQueries.Rating(connection, "sector", reportingMonth: months),
            SectionQueries.Rating(connection, "territorial", reportingMonth: months),
            SectionQueries.Barometer(connection, federation, months, campaign.IsComplete(months)),
            Media(connection, federation),
            Threats(connection))
        {
            Inputs = context.Inputs,
            FederationId = context.FederationId,
        };
    }

    private static List<MediaMonthTotal> Media(IDbConnection connection, ReportScope federation)
    {
        if (!Db.Exists(connection, "marts", "mart_media_panel"))
        {
            return [];
        }

        return connection.Query(
            """
            select period, sum(publications)::bigint as publications, sum(videos)::bigint as videos, sum(reach)::bigint as reach
            from marts.mart_media_panel
            where period_kind = 'month' and scope = 'federation' and key = $key
            group by period order by period
            """,
            new { key = federation.Key })
            .Select(row => new MediaMonthTotal(Db.Int(row.period), Db.Long(row.publications), Db.Long(row.videos), Db.Long(row.reach)))
            .ToList();
    }

    private static ThreatSummary? Threats(IDbConnection connection)
    {
        if (!Db.Exists(connection, "marts", "mart_threat_light"))
        {
            return null;
        }

        var row = connection.QuerySingle(
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
        return new ThreatSummary(
            Db.Long(row.organisations), Db.Long(row.green), Db.Long(row.yellow), Db.Long(row.orange), Db.Long(row.red),
            Db.Long(row.in_regime), Db.Long(row.signs_high), Db.Decimal(row.compliance));
    }
}
