using System.Data;
using Analytics.Reports.Common;

namespace Analytics.Reports.Weekly;

/// <summary>The monitoring sections: emerging problems of the social barometer and the threat traffic light.</summary>
public static partial class WeeklyReportQuery
{
    private static List<ThreatZoneCounts> ThreatLight(IDbConnection connection) =>
        // methodology §10: counts and zones only, never an author, a source or a summary. A primary
        // counts for its sector union; territorial associations and the federation share one row.
        Marts.Query<ThreatRow>(
            connection,
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
            .Select(row => new ThreatZoneCounts(row.SectorId, row.NameRu ?? "", row.NameKk ?? "", row.Green, row.Yellow, row.Orange, row.Red, row.InRegime))
            .ToList();

    private sealed record ThreatRow
    {
        public string? SectorId { get; init; }

        public string? NameRu { get; init; }

        public string? NameKk { get; init; }

        public long Green { get; init; }

        public long Yellow { get; init; }

        public long Orange { get; init; }

        public long Red { get; init; }

        public long InRegime { get; init; }
    }
}
