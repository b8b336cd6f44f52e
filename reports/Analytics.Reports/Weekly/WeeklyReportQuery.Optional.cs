using System.Data;
using Dapper;

using Analytics.Reports.Common;

namespace Analytics.Reports.Weekly;

/// <summary>
/// Sections whose marts are still being built (the social barometer, the threat traffic light): read
/// when the table exists, null when it does not, and the report then says "no data".
/// </summary>
public static partial class WeeklyReportQuery
{
    private static List<EmergingProblem>? EmergingProblems(IDbConnection connection, int week)
    {
        if (!MartExists(connection, "mart_barometer_emerging"))
        {
            return null;
        }

        // columns per the output contract: barometer_emerging(week, scope, key, topic, appeals, threshold)
        return connection.Query(
            """
            select e.week, e.scope, e.key, e.topic, e.appeals, e.threshold,
                   coalesce(o.name_ru, o.name_kk, r.name_ru, e.key) as name_ru,
                   coalesce(o.name_kk, o.name_ru, r.name_kk, r.name_ru, e.key) as name_kk
            from marts.mart_barometer_emerging e
            left join marts.dim_organisations o on e.scope <> 'region' and o.org_id = e.key
            left join marts.dim_regions r on e.scope = 'region' and r.region = e.key
            where e.week = $week
            order by e.appeals desc, e.topic, e.scope, e.key
            """,
            new { week })
            .Select(row => new EmergingProblem(
                (int)Db.Long(row.week),
                (string)row.scope,
                (string)row.key,
                (string)row.name_ru,
                (string)row.name_kk,
                (string)row.topic,
                Db.Long(row.appeals),
                Db.Decimal(row.threshold) ?? 0m))
            .ToList();
    }

    private static List<ThreatZoneCounts>? ThreatLight(IDbConnection connection)
    {
        if (!MartExists(connection, "mart_threat_light"))
        {
            return null;
        }

        // methodology §10: counts and zones only, never an author, a source or a summary. A primary
        // counts for its sector union; territorial associations and the federation share one row.
        return connection.Query(
            """
            with

            light as (
                select
                    case when o.level = 'sector' then o.org_id when o.level = 'primary' then o.sector_id end as sector_id,
                    l.zone,
                    coalesce(l.regime, false) as regime
                from marts.mart_threat_light l
                left join marts.dim_organisations o on o.org_id = l.org_id
            )

            select light.sector_id,
                   coalesce(s.name_ru, s.name_kk, light.sector_id) as name_ru,
                   coalesce(s.name_kk, s.name_ru, light.sector_id) as name_kk,
                   count(*) filter (where zone = 'green') as green,
                   count(*) filter (where zone = 'yellow') as yellow,
                   count(*) filter (where zone = 'orange') as orange,
                   count(*) filter (where zone = 'red') as red,
                   count(*) filter (where regime) as in_regime
            from light
            left join marts.dim_organisations s on s.org_id = light.sector_id
            group by light.sector_id, s.name_ru, s.name_kk
            order by light.sector_id is null, coalesce(s.name_ru, s.name_kk, light.sector_id) collate nocase, light.sector_id
            """)
            .Select(row => new ThreatZoneCounts(
                (string?)row.sector_id,
                (string?)row.name_ru ?? "",
                (string?)row.name_kk ?? "",
                Db.Long(row.green),
                Db.Long(row.yellow),
                Db.Long(row.orange),
                Db.Long(row.red),
                Db.Long(row.in_regime)))
            .ToList();
    }

    private static bool MartExists(IDbConnection connection, string table) =>
        connection.ExecuteScalar<long>(
            "select count(*) from information_schema.tables where table_schema = 'marts' and table_name = $table",
            new { table }) > 0;
}
