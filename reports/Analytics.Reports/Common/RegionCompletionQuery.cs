using System.Data;
using Analytics.Reports.Weekly;
using Dapper;

namespace Analytics.Reports.Common;

/// <summary>Completion and map colour of each of the 20 regions, for the region map of any report.</summary>
internal static class RegionCompletionQuery
{
    public static List<RegionCompletion> Read(IDbConnection connection) =>
        connection.Query(
            """
            select r.region, coalesce(r.name_ru, r.region) as name_ru, coalesce(r.name_kk, r.name_ru, r.region) as name_kk,
                   coalesce(m.primaries, 0) as primaries, m.completion, m.colour
            from marts.dim_regions r
            left join marts.mart_campaign_map m on m.scope = 'region' and m.key = r.region
            order by r.region
            """)
            .Select(row => new RegionCompletion(
                (string)row.region, (string)row.name_ru, (string)row.name_kk, Db.Long(row.primaries), Db.Decimal(row.completion), (string?)row.colour))
            .ToList();
}
