using System.Data;
using System.Globalization;

namespace Analytics.Reports.Common;

/// <summary>The trust index (methodology §6).</summary>
public static partial class SectionQueries
{
    /// <summary>The group's trust index for months 1..<paramref name="month"/> and to date, with the month's raw figures and the growth.</summary>
    public static TrustSection Trust(IDbConnection connection, string scope, string key, int month)
    {
        var rows = Marts.Query<TrustRow>(
            connection,
            """
            select period, c1, c2, c3, c4, c5, criteria_present::bigint as criteria_present, index, band,
                   reach_share, appeals_per_100_members, months::bigint as months, active_primaries::bigint as active_primaries,
                   members::bigint as members, members_reached::bigint as members_reached,
                   primaries_reporting::bigint as primaries_reporting, completion,
                   appeals_received::bigint as appeals_received, appeals_offline::bigint as appeals_offline,
                   median_response_hours, is_median_unanswered, ratings::bigint as ratings, mean_satisfaction
            from marts.mart_trust_index
            where scope = $scope and key = $key
            """,
            new { scope, key })
            .ToDictionary(row => row.Period, StringComparer.Ordinal);
        // F5's rule to the report's month, or to the last complete month when the report's month is in progress
        var growth = Marts.SingleOrDefault<double?>(
            connection,
            "select growth from marts.mart_trust_growth where scope = $scope and key = $key and month <= $month order by month desc limit 1",
            new { scope, key, month });

        TrustIndexPoint Point(string period, int? m) => rows.GetValueOrDefault(period)?.ToPoint(m) ?? TrustIndexPoint.Missing(period, m);
        var byMonth = Enumerable.Range(1, month).Select(m => Point(PeriodOf(m), m)).ToList();
        return new TrustSection(byMonth[^1], Point("to-date", null), byMonth, rows.GetValueOrDefault(PeriodOf(month))?.ToFigures(), Marts.Exact(growth));
    }

    /// <summary>How many active primaries, sector unions and territorial associations stand in each band, to date.</summary>
    public static IReadOnlyList<BandCount> BandCounts(IDbConnection connection) =>
        Marts.Query<BandCountRow>(
            connection,
            """
            select scope, coalesce(band, 'none') as band, count(*) as organisations
            from marts.mart_trust_index
            where period = 'to-date' and scope in ('primary', 'sector', 'territorial')
            group by all
            order by scope, band
            """)
            .Select(row => new BandCount(row.Scope, row.Band, row.Organisations))
            .ToList();

    public static string PeriodOf(int month) => "month-" + month.ToString(CultureInfo.InvariantCulture);

    private sealed record TrustRow
    {
        public string Period { get; init; } = "";

        public double? C1 { get; init; }

        public double? C2 { get; init; }

        public double? C3 { get; init; }

        public double? C4 { get; init; }

        public double? C5 { get; init; }

        public long CriteriaPresent { get; init; }

        public double? Index { get; init; }

        public string? Band { get; init; }

        public double? ReachShare { get; init; }

        public double? AppealsPer100Members { get; init; }

        public long Months { get; init; }

        public long ActivePrimaries { get; init; }

        public long Members { get; init; }

        public long MembersReached { get; init; }

        public long PrimariesReporting { get; init; }

        public double? Completion { get; init; }

        public long AppealsReceived { get; init; }

        public long AppealsOffline { get; init; }

        public double? MedianResponseHours { get; init; }

        public bool IsMedianUnanswered { get; init; }

        public long Ratings { get; init; }

        public double? MeanSatisfaction { get; init; }

        public TrustIndexPoint ToPoint(int? month) => new(
            Period,
            month,
            Marts.Exact(C1),
            Marts.Exact(C2),
            Marts.Exact(C3),
            Marts.Exact(C4),
            Marts.Exact(C5),
            checked((int)CriteriaPresent),
            Marts.Exact(Index),
            Band);

        public TrustFigures ToFigures() => new(
            Marts.Exact(ReachShare),
            Marts.Exact(AppealsPer100Members),
            checked((int)Months),
            ActivePrimaries,
            Members,
            MembersReached,
            PrimariesReporting,
            Marts.Exact(Completion),
            AppealsReceived,
            AppealsOffline,
            Marts.Exact(MedianResponseHours),
            IsMedianUnanswered,
            Ratings,
            Marts.Exact(MeanSatisfaction));
    }

    private sealed record BandCountRow
    {
        public string Scope { get; init; } = "";

        public string Band { get; init; } = "";

        public long Organisations { get; init; }
    }
}

/// <param name="Scope">primary | sector | territorial.</param>
/// <param name="Band">high | stable | strengthen | attention, or none without an index.</param>
public sealed record BandCount(string Scope, string Band, long Organisations);
