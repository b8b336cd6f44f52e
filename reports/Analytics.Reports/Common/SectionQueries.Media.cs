using System.Data;

namespace Analytics.Reports.Common;

/// <summary>The media panel (methodology §9).</summary>
public static partial class SectionQueries
{
    /// <summary>The group's publications in campaign months <paramref name="first"/>..<paramref name="last"/>, by platform and in all.</summary>
    /// <param name="best">How many of the best materials to read.</param>
    public static MediaPanel Media(IDbConnection connection, ReportScope scope, int first, int last, int best = 5)
    {
        var months = new MonthRange(first, last);
        // the total is the rollup's row without a platform; a sum of views or engagements is empty when no value is known
        var lines = Marts.Query<PlatformRow>(
            connection,
            """
            select coalesce(platform, 'total') as platform, platform is null as is_total,
                   coalesce(sum(publications), 0)::bigint as publications, coalesce(sum(videos), 0)::bigint as videos,
                   coalesce(sum(reach), 0)::bigint as reach, sum(views)::bigint as views, sum(engagements)::bigint as engagements
            from marts.mart_media_panel
            where period_kind = 'month' and period between $first and $last and scope = $scope and key = $key
            group by rollup (platform)
            order by is_total, publications desc, reach desc, platform
            """,
            new { first, last, scope = scope.Scope, key = scope.Key })
            .Select(row => (row.IsTotal, Line: new MediaPlatformLine(row.Platform, row.Publications, row.Videos, row.Reach, row.Views, row.Engagements)))
            .ToList();
        var platforms = lines.Where(l => !l.IsTotal).Select(l => l.Line).ToList();
        var total = lines.Where(l => l.IsTotal).Select(l => l.Line).SingleOrDefault() ?? new MediaPlatformLine("total", 0, 0, 0, null, null);

        return new MediaPanel(
            platforms,
            total,
            BestMaterials(connection, scope, months, best),
            scope.IsFederation ? MostActive(connection, months) : [],
            scope.IsFederation ? null : Position(connection, scope, months));
    }

    /// <summary>The group's publications per campaign month, all platforms together.</summary>
    public static IReadOnlyList<MediaMonth> MediaByMonth(IDbConnection connection, ReportScope scope) =>
        Marts.Query<MediaMonthRow>(
            connection,
            """
            select period as month, sum(publications)::bigint as publications, sum(videos)::bigint as videos, sum(reach)::bigint as reach
            from marts.mart_media_panel
            where period_kind = 'month' and scope = $scope and key = $key
            group by period
            order by period
            """,
            new { scope = scope.Scope, key = scope.Key })
            .Select(row => new MediaMonth(row.Month, row.Publications, row.Videos, row.Reach))
            .ToList();

    private static List<MediaMaterial> BestMaterials(IDbConnection connection, ReportScope scope, MonthRange months, int count)
    {
        // the mart keeps each month's first ten; over several months the same rule (best first, then reach) picks again
        return Marts.Query<MaterialRow>(
            connection,
            """
            select b.org_id, coalesce(o.name_ru, o.name_kk, b.org_id) as name_ru, coalesce(o.name_kk, o.name_ru, b.org_id) as name_kk,
                   strftime(b.published_date, '%Y-%m-%d') as published, b.platform, b.format,
                   b.reach::bigint as reach, b.views::bigint as views, b.is_best
            from marts.mart_media_best b
            left join marts.dim_organisations o on o.org_id = b.org_id
            where b.period_kind = 'month' and b.period between $first and $last and b.scope = $scope and b.key = $key
            order by b.is_best desc, b.reach desc, b.publication_id
            limit $count
            """,
            new { first = months.First, last = months.Last, scope = scope.Scope, key = scope.Key, count })
            .Select((row, i) => new MediaMaterial(
                i + 1, row.OrgId, row.NameRu, row.NameKk, Marts.Date(row.Published), row.Platform, row.Format, row.Reach, row.Views, row.IsBest))
            .ToList();
    }

    /// <summary>The five sector unions and the five territorial associations with most publications in the months.</summary>
    private static List<MediaActiveLine> MostActive(IDbConnection connection, MonthRange months) =>
        Marts.Query<ActiveRow>(
            connection,
            """
            with

            publications as (
                select scope, key, sum(publications)::bigint as publications, sum(reach)::bigint as reach
                from marts.mart_media_panel
                where period_kind = 'month' and period between $first and $last and scope in ('sector', 'territorial')
                group by all
            ),

            ranked as (
                select *,
                    row_number() over (partition by scope order by publications desc, reach desc, key) as by_publications,
                    row_number() over (partition by scope order by reach desc, publications desc, key) as by_reach
                from publications
            )

            select r.scope, r.key, coalesce(o.name_ru, o.name_kk, r.key) as name_ru, coalesce(o.name_kk, o.name_ru, r.key) as name_kk,
                   r.publications, r.reach, r.by_publications, r.by_reach
            from ranked r
            left join marts.dim_organisations o on o.org_id = r.key
            where r.by_publications <= 5
            order by r.scope, r.by_publications
            """,
            new { first = months.First, last = months.Last })
            .Select(row => new MediaActiveLine(row.Scope, row.Key, row.NameRu, row.NameKk, row.Publications, row.Reach, row.ByPublications, row.ByReach))
            .ToList();

    private static MediaPosition? Position(IDbConnection connection, ReportScope scope, MonthRange months)
    {
        var row = Marts.SingleOrDefault<PositionRow>(
            connection,
            """
            with

            publications as (
                select key, sum(publications)::bigint as publications, sum(reach)::bigint as reach
                from marts.mart_media_panel
                where period_kind = 'month' and period between $first and $last and scope = $scope
                group by key
            ),

            ranked as (
                select key,
                    row_number() over (order by publications desc, reach desc, key) as by_publications,
                    row_number() over (order by reach desc, publications desc, key) as by_reach,
                    count(*) over () as peers
                from publications
            )

            select by_publications, by_reach, peers from ranked where key = $key
            """,
            new { first = months.First, last = months.Last, scope = scope.Scope, key = scope.Key });
        return row is null ? null : new MediaPosition(row.ByPublications, row.ByReach, row.Peers);
    }

    private sealed record PlatformRow
    {
        public string Platform { get; init; } = "";

        public bool IsTotal { get; init; }

        public long Publications { get; init; }

        public long Videos { get; init; }

        public long Reach { get; init; }

        public long? Views { get; init; }

        public long? Engagements { get; init; }
    }

    private sealed record MaterialRow
    {
        public string OrgId { get; init; } = "";

        public string NameRu { get; init; } = "";

        public string NameKk { get; init; } = "";

        public string Published { get; init; } = "";

        public string Platform { get; init; } = "";

        public string Format { get; init; } = "";

        public long Reach { get; init; }

        public long? Views { get; init; }

        public bool IsBest { get; init; }
    }

    private sealed record ActiveRow
    {
        public string Scope { get; init; } = "";

        public string Key { get; init; } = "";

        public string NameRu { get; init; } = "";

        public string NameKk { get; init; } = "";

        public long Publications { get; init; }

        public long Reach { get; init; }

        public int ByPublications { get; init; }

        public int ByReach { get; init; }
    }

    private sealed record MediaMonthRow
    {
        public int Month { get; init; }

        public long Publications { get; init; }

        public long Videos { get; init; }

        public long Reach { get; init; }
    }

    private sealed record PositionRow
    {
        public int ByPublications { get; init; }

        public int ByReach { get; init; }

        public int Peers { get; init; }
    }
}

/// <summary>Campaign months <see cref="First"/>..<see cref="Last"/>, inclusive.</summary>
internal readonly record struct MonthRange(int First, int Last);
