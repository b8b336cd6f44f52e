using System.Data;
using Dapper;

namespace Analytics.Reports.Common;

/// <summary>The mandatory service block: Unified days of legal aid, citizens' reception and labour protection.</summary>
public static partial class SectionQueries
{
    /// <summary>
    /// The block's participants from the monthly reports and its events, for the month and for months 1..month.
    /// Plain counts: records of inactive organisations count too, each in the group of its version at the
    /// month's end (methodology §2), which <c>intermediate.int_organisations_rolled_up</c> holds per period.
    /// </summary>
    public static ServiceBlock Service(IDbConnection connection, ReportScope scope, int month, Reporting reporting) =>
        new(month, ServiceFigures(connection, scope, month, month), ServiceFigures(connection, scope, 1, month), reporting);

    public static ServiceFigures ServiceFigures(IDbConnection connection, ReportScope scope, int first, int last)
    {
        var row = connection.QuerySingle(
            """
            with

            groups as (
                select period, org_id from intermediate.int_organisations_rolled_up
                where scope = $scope and key = $key
            ),

            reports as (
                select
                    coalesce(sum(r.legal_aid_consultations), 0)::bigint as legal_aid,
                    coalesce(sum(r.reception_visitors), 0)::bigint as reception,
                    coalesce(sum(r.safety_participants), 0)::bigint as safety
                from marts.fct_org_reports r
                join groups g on g.org_id = r.org_id and g.period = 'month-' || r.campaign_month
                where r.campaign_month between $first and $last
            ),

            events as (
                select
                    count(*) filter (where e.event_type = 'legal_aid_day') as legal_aid_days,
                    count(*) filter (where e.event_type = 'reception_day') as reception_days,
                    count(*) filter (where e.event_type = 'safety_day') as safety_days
                from marts.fct_events e
                join groups g on g.org_id = e.org_id and g.period = 'month-' || e.campaign_month
                where e.campaign_month between $first and $last
            )

            select * from reports cross join events
            """,
            new { scope = scope.Scope, key = scope.Key, first, last });
        return new ServiceFigures(
            Db.Long(row.legal_aid), Db.Long(row.reception), Db.Long(row.safety),
            Db.Long(row.legal_aid_days), Db.Long(row.reception_days), Db.Long(row.safety_days));
    }
}
