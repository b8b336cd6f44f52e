using System.Data;
using Dapper;

using Analytics.Reports.Common;

namespace Analytics.Reports.Weekly;

/// <summary>Completion of the minimum standard: sector unions, regions and the red zone (methodology §3, §4, §11).</summary>
public static partial class WeeklyReportQuery
{
    private static List<SectorCompletion> Sectors(IDbConnection connection, int completenessMonth) =>
        connection.Query(
            """
            with

            red as (
                select o.sector_id, count(*) as red_primaries
                from marts.mart_campaign_map m
                join marts.dim_organisations o on o.org_id = m.key
                where m.scope = 'primary' and m.colour = 'red'
                group by o.sector_id
            )

            select o.org_id, coalesce(o.name_ru, o.name_kk) as name_ru, coalesce(o.name_kk, o.name_ru) as name_kk,
                   coalesce(m.primaries, 0) as primaries, m.completion, m.colour,
                   coalesce(red.red_primaries, 0) as red_primaries,
                   c.active_primaries as reporting_active, c.reported, c.share as reporting_share
            from marts.dim_organisations o
            left join marts.mart_campaign_map m on m.scope = 'sector' and m.key = o.org_id
            left join red on red.sector_id = o.org_id
            left join marts.mart_completeness c on c.scope = 'sector' and c.key = o.org_id and c.month = $month
            where o.level = 'sector' and o.is_active
            order by name_ru collate nocase, o.org_id
            """,
            new { month = completenessMonth })
            .Select(row => new SectorCompletion(
                (string)row.org_id,
                (string)row.name_ru,
                (string)row.name_kk,
                Db.Long(row.primaries),
                Db.Decimal(row.completion),
                (string?)row.colour,
                Db.Long(row.red_primaries),
                row.reporting_active is null
                    ? null
                    : new CompletenessLine(completenessMonth, Db.Long(row.reporting_active), Db.Long(row.reported), Db.Decimal(row.reporting_share))))
            .ToList();

    private static RedZone RedZone(IDbConnection connection)
    {
        var active = connection.ExecuteScalar<long>("select count(*) from marts.mart_campaign_map where scope = 'primary'");

        // every red primary goes to the XLSX; the PDF shows the first few (at national scale they are thousands)
        var worst = connection.Query(
            """
            select o.org_id, coalesce(o.name_ru, o.name_kk) as name_ru, coalesce(o.name_kk, o.name_ru) as name_kk,
                   coalesce(s.name_ru, s.name_kk) as sector_ru, coalesce(s.name_kk, s.name_ru) as sector_kk,
                   o.region, r.name_ru as region_ru, coalesce(r.name_kk, r.name_ru) as region_kk,
                   coalesce(o.members, 0) as members, m.completion
            from marts.mart_campaign_map m
            join marts.dim_organisations o on o.org_id = m.key
            left join marts.dim_organisations s on s.org_id = o.sector_id
            left join marts.dim_regions r on r.region = o.region
            where m.scope = 'primary' and m.colour = 'red'
            order by m.completion, members desc, o.org_id
            """)
            .Select(row =>
            {
                var completion = Db.Decimal(row.completion) ?? 0m;
                return new RedPrimary(
                    (string)row.org_id,
                    (string)row.name_ru,
                    (string)row.name_kk,
                    (string?)row.sector_ru,
                    (string?)row.sector_kk,
                    (string?)row.region,
                    (string?)row.region_ru,
                    (string?)row.region_kk,
                    Db.Long(row.members),
                    completion,
                    // completion is items met / 5 (methodology §3)
                    (int)Math.Round(completion * 5m, 0, MidpointRounding.AwayFromZero));
            })
            .ToList();
        return new RedZone(worst.Count, active, worst);
    }
}
