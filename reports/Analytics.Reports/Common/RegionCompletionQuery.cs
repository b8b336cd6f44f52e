using System.Data;
using Analytics.Reports.Weekly;

namespace Analytics.Reports.Common;

/// <summary>Completion and map colour of each of the 20 regions, for the region map of any report.</summary>
internal static class RegionCompletionQuery
{
    public static List<RegionCompletion> Read(IDbConnection connection) =>
        Marts.Query<RegionRow>(
            connection,
            """
            select r.region, coalesce(r.name_ru, r.region) as name_ru, coalesce(r.name_kk, r.name_ru, r.region) as name_kk,
                   coalesce(m.primaries, 0)::bigint as primaries, m.completion, m.colour
            from marts.dim_regions r
            left join marts.mart_campaign_map m on m.scope = 'region' and m.key = r.region
            order by r.region
            """)
            .Select(row => new RegionCompletion(row.Region, row.NameRu, row.NameKk, row.Primaries, Marts.Exact(row.Completion), row.Colour))
            .ToList();

    private sealed record RegionRow
    {
        public string Region { get; init; } = "";

        public string NameRu { get; init; } = "";

        public string NameKk { get; init; } = "";

        public long Primaries { get; init; }

        public double? Completion { get; init; }

        public string? Colour { get; init; }
    }
}
