using System.Data;
using Dapper;

namespace Analytics.Reports.Common;

/// <summary>Ratings of organisations (methodology §7), with the figures a reader needs to see why.</summary>
public static partial class SectionQueries
{
    /// <summary>
    /// Active organisations of <paramref name="level"/> in rating order, optionally only the primaries of one
    /// sector union or territorial association. Places run 1.. within the table; the national rank is kept.
    /// </summary>
    /// <param name="reportingMonth">For unions, the month whose completeness of reporting each line carries; null for none.</param>
    public static RatingTable Rating(IDbConnection connection, string level, string? sectorId = null, string? territorialId = null, int? reportingMonth = null)
    {
        var hasFigures = Db.Exists(connection, "intermediate", "int_trust_index_figures");
        var appeals = hasFigures
            ? "(select f.appeals_received + f.appeals_offline from intermediate.int_trust_index_figures f where f.period = 'to-date' and f.scope = o.level and f.key = o.org_id)"
            : "null";
        var lines = connection.Query(
            $"""
            with

            cases as (
                select g.key, count(*) as cases
                from marts.fct_cases c
                join intermediate.int_organisations_rolled_up g on g.org_id = c.org_id and g.period = 'to-date'
                where g.scope = $level
                group by g.key
            )

            select o.org_id, coalesce(o.name_ru, o.name_kk, o.org_id) as name_ru, coalesce(o.name_kk, o.name_ru, o.org_id) as name_kk,
                   r.rank, r.score, t.index, t.band, m.completion, coalesce(cases.cases, 0) as cases,
                   {appeals} as appeals
            from marts.dim_organisations o
            left join marts.mart_ratings r on r.rating = o.level and r.key = o.org_id
            left join marts.mart_trust_index t on t.scope = o.level and t.key = o.org_id and t.period = 'to-date'
            left join marts.mart_campaign_map m on m.scope = o.level and m.key = o.org_id
            left join cases on cases.key = o.org_id
            where o.level = $level and o.is_active
              and ($sector is null or o.sector_id = $sector)
              and ($territorial is null or o.territorial_id = $territorial)
            order by r.rank nulls last, o.org_id
            """,
            new { level, sector = sectorId, territorial = territorialId })
            .ToList();

        var reporting = reportingMonth is { } month && level != "primary"
            ? ReportingOfGroups(connection, level, month)
            : new Dictionary<string, Reporting>();
        var place = 0;
        return new RatingTable(level, lines.Select(row =>
        {
            var score = Db.Decimal(row.score);
            var orgId = (string)row.org_id;
            return new RatingLine(
                score is null ? (int?)null : ++place,
                Db.NullableLong(row.rank),
                orgId,
                (string)row.name_ru,
                (string)row.name_kk,
                score,
                Db.Decimal(row.index),
                (string?)row.band,
                Db.Decimal(row.completion),
                Db.Long(row.cases),
                level == "primary" && row.appeals is not null ? PrivateCount.Of(Db.Long(row.appeals)) : null,
                reporting.GetValueOrDefault(orgId));
        }).ToList());
    }
}
