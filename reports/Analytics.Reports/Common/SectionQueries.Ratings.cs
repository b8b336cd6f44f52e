using System.Data;

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
        var lines = Marts.Query<RatingRow>(
            connection,
            """
            select o.org_id, coalesce(o.name_ru, o.name_kk, o.org_id) as name_ru, coalesce(o.name_kk, o.name_ru, o.org_id) as name_kk,
                   r.rank, r.score, t.index, t.band, m.completion, coalesce(r.cases, 0)::bigint as cases, r.appeals::bigint as appeals
            from marts.dim_organisations o
            left join marts.mart_ratings r on r.rating = o.level and r.record = 'organisation' and r.key = o.org_id
            left join marts.mart_trust_index t on t.scope = o.level and t.key = o.org_id and t.period = 'to-date'
            left join marts.mart_campaign_map m on m.scope = o.level and m.key = o.org_id
            where o.level = $level and o.is_active
              and ($sector is null or o.sector_id = $sector)
              and ($territorial is null or o.territorial_id = $territorial)
            order by r.rank nulls last, o.org_id
            """,
            new { level, sector = sectorId, territorial = territorialId });

        var reporting = reportingMonth is { } month && level != "primary"
            ? ReportingOfGroups(connection, level, month)
            : new Dictionary<string, Reporting>();
        var place = 0;
        return new RatingTable(level, lines.Select(row =>
        {
            var score = Marts.Exact(row.Score);
            return new RatingLine(
                score is null ? null : ++place,
                row.Rank,
                row.OrgId,
                row.NameRu,
                row.NameKk,
                score,
                Marts.Exact(row.Index),
                row.Band,
                Marts.Exact(row.Completion),
                row.Cases,
                level == "primary" && row.Appeals is { } appeals ? PrivateCount.Of(appeals) : null,
                reporting.GetValueOrDefault(row.OrgId));
        }).ToList());
    }

    private sealed record RatingRow
    {
        public string OrgId { get; init; } = "";

        public string NameRu { get; init; } = "";

        public string NameKk { get; init; } = "";

        public long? Rank { get; init; }

        public double? Score { get; init; }

        public double? Index { get; init; }

        public string? Band { get; init; }

        public double? Completion { get; init; }

        public long Cases { get; init; }

        public long? Appeals { get; init; }
    }
}
