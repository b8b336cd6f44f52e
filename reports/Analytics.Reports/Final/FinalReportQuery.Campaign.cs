using System.Data;
using Analytics.Reports.Common;
using Dapper;

namespace Analytics.Reports.Final;

/// <summary>The survey, the barometer and the media over the whole campaign.</summary>
public static partial class FinalReportQuery
{
    /// <summary>
    /// The members' survey, answers dated within the campaign up to the cut-off, for the federation, each month,
    /// each sector union and territorial association (the answer counts for the groups of its organisation's
    /// version at the cut-off). Aggregates only: no line is a single primary.
    /// </summary>
    private static SurveyResults? Survey(IDbConnection connection, CampaignInfo campaign)
    {
        var rows = connection.Query(
            """
            with

            answers as (
                select s.org_id, s.trust, s.satisfaction, s.aware_of_results, d.campaign_month
                from staging.stg_inbox__surveys s
                join marts.dim_campaign_days d on d.day = s.answered_date and d.is_to_date
            ),

            grouped as (
                select g.scope, g.key, a.*
                from answers a
                join intermediate.int_organisations_rolled_up g on g.org_id = a.org_id and g.period = 'to-date'
                where g.scope in ('federation', 'sector', 'territorial')
            ),

            by_group as (
                select scope, key, count(*) as responses, avg(trust) as trust, avg(satisfaction) as satisfaction,
                       avg(case when aware_of_results then 1.0 when not aware_of_results then 0.0 end) as aware
                from grouped group by all
                union all
                select 'month', campaign_month::varchar, count(*), avg(trust), avg(satisfaction),
                       avg(case when aware_of_results then 1.0 when not aware_of_results then 0.0 end)
                from grouped where scope = 'federation' group by all
            )

            select b.*, coalesce(o.name_ru, o.name_kk, b.key) as name_ru, coalesce(o.name_kk, o.name_ru, b.key) as name_kk
            from by_group b
            left join marts.dim_organisations o on b.scope <> 'month' and o.org_id = b.key
            order by b.scope, b.key
            """)
            .Select(row => (Scope: (string)row.scope, Line: new SurveyLine(
                (string)row.key, (string)row.name_ru, (string)row.name_kk, Db.Long(row.responses),
                Db.Decimal(row.trust), Db.Decimal(row.satisfaction), Db.Decimal(row.aware))))
            .ToList();
        var federation = rows.FirstOrDefault(r => r.Scope == "federation").Line;
        if (federation is null)
        {
            return null;
        }

        List<SurveyLine> Of(string scope) => rows.Where(r => r.Scope == scope).Select(r => r.Line).ToList();
        var byMonth = Of("month").OrderBy(l => int.Parse(l.Key, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return new SurveyResults(federation, byMonth, Of("sector"), Of("territorial"));
    }

    private static List<BarometerMonth>? Barometer(IDbConnection connection, CampaignInfo campaign)
    {
        if (!Db.Exists(connection, "marts", "mart_barometer_topics"))
        {
            return null;
        }

        var federation = ReportScope.ReadAll(connection).First(s => s.IsFederation);
        var emerging = Db.Exists(connection, "marts", "mart_barometer_emerging")
            ? connection.Query("select (week - 1) // 4 + 1 as month, count(*) as problems from marts.mart_barometer_emerging group by all")
                .ToDictionary(row => Db.Int(row.month), row => Db.Long(row.problems))
            : [];
        // the appeals' own 1-5 ratings of the month (the barometer's satisfaction, methodology §8), all topics together
        var satisfaction = connection.Query("select campaign_month, avg(satisfaction) as mean from marts.fct_appeals where satisfaction is not null group by all")
            .ToDictionary(row => Db.Int(row.campaign_month), row => Db.Decimal(row.mean));
        return Enumerable.Range(1, campaign.MonthsStarted).Select(month =>
        {
            var note = SectionQueries.Barometer(connection, federation, month, campaign.IsComplete(month))!;
            return new BarometerMonth(month, note.MonthComplete, note.Appeals, note.TopTopics.Take(3).ToList(), satisfaction.GetValueOrDefault(month), emerging.GetValueOrDefault(month));
        }).ToList();
    }

    private static List<MediaMonth> MediaByMonth(IDbConnection connection, ReportScope federation)
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
            group by period
            order by period
            """,
            new { key = federation.Key })
            .Select(row => new MediaMonth(Db.Int(row.period), Db.Long(row.publications), Db.Long(row.videos), Db.Long(row.reach)))
            .ToList();
    }
}
