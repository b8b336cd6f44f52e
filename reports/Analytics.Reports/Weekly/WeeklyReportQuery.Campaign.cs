using System.Data;
using Analytics.Reports.Common;

namespace Analytics.Reports.Weekly;

/// <summary>Completion of the minimum standard: sector unions, regions and the red zone (methodology §3, §4, §11).</summary>
public static partial class WeeklyReportQuery
{
    private static List<SectorCompletion> Sectors(IDbConnection connection, int completenessMonth) =>
        Marts.Query<SectorRow>(
            connection,
            """
            with

            red as (
                select o.sector_id, count(*) as red_primaries
                from marts.mart_campaign_map m
                join marts.dim_organisations o on o.org_id = m.key
                where m.scope = 'primary' and m.colour = 'red'
                group by o.sector_id
            )

            select o.org_id, coalesce(o.name_ru, o.name_kk, o.org_id) as name_ru, coalesce(o.name_kk, o.name_ru, o.org_id) as name_kk,
                   coalesce(m.primaries, 0)::bigint as primaries, m.completion, m.colour,
                   coalesce(red.red_primaries, 0)::bigint as red_primaries,
                   c.active_primaries::bigint as reporting_active, c.reported::bigint as reported, c.share as reporting_share
            from marts.dim_organisations o
            left join marts.mart_campaign_map m on m.scope = 'sector' and m.key = o.org_id
            left join red on red.sector_id = o.org_id
            left join marts.mart_completeness c on c.scope = 'sector' and c.key = o.org_id and c.month = $month
            where o.level = 'sector' and o.is_active
            order by name_ru collate nocase, o.org_id
            """,
            new { month = completenessMonth })
            .Select(row => new SectorCompletion(
                row.OrgId,
                row.NameRu,
                row.NameKk,
                row.Primaries,
                Marts.Exact(row.Completion),
                row.Colour,
                row.RedPrimaries,
                row.ReportingActive is { } active
                    ? new Reporting(completenessMonth, active, row.Reported ?? 0, Marts.Exact(row.ReportingShare))
                    : null))
            .ToList();

    private static RedZone RedZone(IDbConnection connection)
    {
        var active = Marts.One<long>(connection, "select count(*) from marts.mart_campaign_map where scope = 'primary'");

        // every red primary goes to the XLSX; the PDF shows the first few (at national scale they are thousands)
        var worst = Marts.Query<RedPrimaryRow>(
            connection,
            """
            select o.org_id, coalesce(o.name_ru, o.name_kk, o.org_id) as name_ru, coalesce(o.name_kk, o.name_ru, o.org_id) as name_kk,
                   coalesce(s.name_ru, s.name_kk) as sector_ru, coalesce(s.name_kk, s.name_ru) as sector_kk,
                   o.region, r.name_ru as region_ru, coalesce(r.name_kk, r.name_ru) as region_kk,
                   coalesce(o.members, 0)::bigint as members, m.completion, coalesce(ms.items_met, 0)::bigint as items_met
            from marts.mart_campaign_map m
            join marts.dim_organisations o on o.org_id = m.key
            left join marts.mart_min_standard ms on ms.org_id = m.key
            left join marts.dim_organisations s on s.org_id = o.sector_id
            left join marts.dim_regions r on r.region = o.region
            where m.scope = 'primary' and m.colour = 'red'
            order by m.completion, members desc, o.org_id
            """)
            .Select(row => new RedPrimary(
                row.OrgId,
                row.NameRu,
                row.NameKk,
                row.SectorRu,
                row.SectorKk,
                row.Region,
                row.RegionRu,
                row.RegionKk,
                row.Members,
                Marts.Exact(row.Completion) ?? 0m,
                checked((int)row.ItemsMet)))
            .ToList();
        return new RedZone(worst.Count, active, worst);
    }

    private sealed record SectorRow
    {
        public string OrgId { get; init; } = "";

        public string NameRu { get; init; } = "";

        public string NameKk { get; init; } = "";

        public long Primaries { get; init; }

        public double? Completion { get; init; }

        public string? Colour { get; init; }

        public long RedPrimaries { get; init; }

        public long? ReportingActive { get; init; }

        public long? Reported { get; init; }

        public double? ReportingShare { get; init; }
    }

    private sealed record RedPrimaryRow
    {
        public string OrgId { get; init; } = "";

        public string NameRu { get; init; } = "";

        public string NameKk { get; init; } = "";

        public string? SectorRu { get; init; }

        public string? SectorKk { get; init; }

        public string? Region { get; init; }

        public string? RegionRu { get; init; }

        public string? RegionKk { get; init; }

        public long Members { get; init; }

        public double? Completion { get; init; }

        public long ItemsMet { get; init; }
    }
}
