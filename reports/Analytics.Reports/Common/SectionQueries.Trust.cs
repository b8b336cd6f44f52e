using System.Data;
using Dapper;

namespace Analytics.Reports.Common;

/// <summary>The trust index (methodology §6).</summary>
public static partial class SectionQueries
{
    /// <summary>The group's trust index for months 1..<paramref name="month"/> and to date, with the month's raw figures.</summary>
    /// <param name="lastCompleteMonth">The last complete month by the cut-off, for the growth; null while month 1 is in progress.</param>
    public static TrustSection Trust(IDbConnection connection, string scope, string key, int month, int? lastCompleteMonth)
    {
        var points = connection.Query(
            """
            select period, c1, c2, c3, c4, c5, criteria_present, index, band from marts.mart_trust_index
            where scope = $scope and key = $key
            """,
            new { scope, key })
            .Select(row => new TrustIndexPoint(
                (string)row.period,
                MonthOf((string)row.period),
                Db.Decimal(row.c1),
                Db.Decimal(row.c2),
                Db.Decimal(row.c3),
                Db.Decimal(row.c4),
                Db.Decimal(row.c5),
                Db.Int(row.criteria_present),
                Db.Decimal(row.index),
                (string?)row.band))
            .ToDictionary(p => p.Period, StringComparer.Ordinal);

        TrustIndexPoint Point(string period, int? m) => points.GetValueOrDefault(period) ?? TrustIndexPoint.Missing(period, m);
        var byMonth = Enumerable.Range(1, month).Select(m => Point(PeriodOf(m), m)).ToList();

        // F5's rule applied to this group: from month 1 to the last complete month, once month 2 is complete
        decimal? growth = null;
        var to = Math.Min(month, lastCompleteMonth ?? 0);
        if (to >= 2 && byMonth[0].Index is { } first && first > 0 && byMonth[to - 1].Index is { } last)
        {
            growth = (last - first) / first;
        }

        return new TrustSection(byMonth[^1], Point("to-date", null), byMonth, TrustFiguresOf(connection, scope, key, PeriodOf(month)), growth);
    }

    /// <summary>The raw figures of a group and period; null when the warehouse has no such row.</summary>
    public static TrustFigures? TrustFiguresOf(IDbConnection connection, string scope, string key, string period)
    {
        if (!Db.Exists(connection, "intermediate", "int_trust_index_figures"))
        {
            return null;
        }

        var row = connection.QuerySingleOrDefault(
            """
            select months, active_primaries, members, members_reached, primaries_reporting, completion,
                   appeals_received, appeals_offline,
                   case when isinf(median_response_hours) then null else median_response_hours end as median_hours,
                   coalesce(isinf(median_response_hours), false) as median_infinite,
                   ratings, case when ratings > 0 then ratings_sum / ratings end as mean_satisfaction
            from intermediate.int_trust_index_figures
            where scope = $scope and key = $key and period = $period
            """,
            new { scope, key, period });
        return row is null
            ? null
            : new TrustFigures(
                Db.Int(row.months),
                Db.Long(row.active_primaries),
                Db.Long(row.members),
                Db.Long(row.members_reached),
                Db.Long(row.primaries_reporting),
                Db.Decimal(row.completion),
                Db.Long(row.appeals_received),
                Db.Long(row.appeals_offline),
                Db.Decimal(row.median_hours),
                (bool)row.median_infinite,
                Db.Long(row.ratings),
                Db.Decimal(row.mean_satisfaction));
    }

    /// <summary>How many active primaries, sector unions and territorial associations stand in each band, to date.</summary>
    public static IReadOnlyList<BandCount> BandCounts(IDbConnection connection) =>
        connection.Query(
            """
            select scope, coalesce(band, 'none') as band, count(*) as organisations
            from marts.mart_trust_index
            where period = 'to-date' and scope in ('primary', 'sector', 'territorial')
            group by all
            order by scope, band
            """)
            .Select(row => new BandCount((string)row.scope, (string)row.band, Db.Long(row.organisations)))
            .ToList();

    public static string PeriodOf(int month) => "month-" + month.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int? MonthOf(string period) =>
        period.StartsWith("month-", StringComparison.Ordinal) && int.TryParse(period.AsSpan(6), out var month) ? month : null;
}

/// <param name="Scope">primary | sector | territorial.</param>
/// <param name="Band">high | stable | strengthen | attention, or none without an index.</param>
public sealed record BandCount(string Scope, string Band, long Organisations);
