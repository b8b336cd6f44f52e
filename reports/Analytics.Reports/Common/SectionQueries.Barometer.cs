using System.Data;

namespace Analytics.Reports.Common;

/// <summary>The social barometer's monthly note (methodology §8): from its mart for the federation, from the topics for a union.</summary>
public static partial class SectionQueries
{
    /// <summary>The note of the group for the month.</summary>
    /// <param name="monthComplete">Whether the month's last day is on or before the cut-off.</param>
    public static BarometerNote Barometer(IDbConnection connection, ReportScope scope, int month, bool monthComplete)
    {
        var topics = Marts.Query<TopicRow>(
            connection,
            """
            select topic, appeals::bigint as appeals, share, change, mean_satisfaction from marts.mart_barometer_topics
            where period_kind = 'month' and period = $month and scope = $scope and key = $key
            """,
            new { month, scope = scope.Scope, key = scope.Key })
            .Select(row => new TopicLine(row.Topic, row.Appeals, Marts.Exact(row.Share), Marts.Exact(row.Change), Marts.Exact(row.MeanSatisfaction)))
            .ToList();

        // the note's rules (mart_barometer_monthly_note.sql): "other" is no topic of its own; growing means change > 0
        var named = topics.Where(t => t.Topic != "other").ToList();
        var top = named.OrderByDescending(t => t.Appeals).ThenBy(t => Topics.Order(t.Topic)).Take(5).ToList();
        var growing = named.Where(t => t.Change > 0)
            .OrderByDescending(t => t.Change).ThenByDescending(t => t.Appeals).ThenBy(t => Topics.Order(t.Topic)).Take(3).ToList();
        var satisfaction = topics.Where(t => t.MeanSatisfaction is not null).OrderBy(t => Topics.Order(t.Topic)).ToList();

        var classified = scope.IsFederation
            ? Marts.Exact(Marts.SingleOrDefault<double?>(
                connection,
                "select share from marts.mart_barometer_monthly_note where month = $month and section = 'classification'",
                new { month }))
            : null;

        return new BarometerNote(
            month,
            monthComplete,
            topics.Sum(t => t.Appeals),
            classified,
            top,
            growing,
            Emerging(connection, scope, month),
            satisfaction);
    }

    /// <summary>
    /// Emerging problems of the month's four weeks: every one for the federation; a sector union's own; for a
    /// territorial association those of its region (the barometer finds them per region and sector union).
    /// </summary>
    private static List<EmergingLine> Emerging(IDbConnection connection, ReportScope scope, int month)
    {
        var (filterScope, filterKey) = scope.Scope switch
        {
            ReportScope.Sector => ("sector", scope.Key),
            ReportScope.Territorial => ("region", scope.Region ?? ""),
            _ => ((string?)null, (string?)null),
        };
        return Marts.Query<EmergingRow>(
            connection,
            """
            select e.week, e.scope, e.key, e.topic, e.appeals::bigint as appeals, e.threshold,
                   coalesce(o.name_ru, o.name_kk, r.name_ru, e.key) as name_ru,
                   coalesce(o.name_kk, o.name_ru, r.name_kk, r.name_ru, e.key) as name_kk
            from marts.mart_barometer_emerging e
            left join marts.dim_organisations o on e.scope <> 'region' and o.org_id = e.key
            left join marts.dim_regions r on e.scope = 'region' and r.region = e.key
            where e.week between $first and $last
              and ($scope is null or (e.scope = $scope and e.key = $key))
            order by e.appeals desc, e.week, e.scope, e.key, e.topic
            """,
            new { first = (4 * (month - 1)) + 1, last = 4 * month, scope = filterScope, key = filterKey })
            .Select(row => row.ToLine())
            .ToList();
    }

    private sealed record TopicRow
    {
        public string Topic { get; init; } = "";

        public long Appeals { get; init; }

        public double? Share { get; init; }

        public double? Change { get; init; }

        public double? MeanSatisfaction { get; init; }
    }
}

/// <summary>A row of <c>marts.mart_barometer_emerging</c> with the names of its group.</summary>
internal sealed record EmergingRow
{
    public int Week { get; init; }

    public string Scope { get; init; } = "";

    public string Key { get; init; } = "";

    public string Topic { get; init; } = "";

    public long Appeals { get; init; }

    public double? Threshold { get; init; }

    public string NameRu { get; init; } = "";

    public string NameKk { get; init; } = "";

    public EmergingLine ToLine() => new(Week, Scope, Key, NameRu, NameKk, Topic, Appeals, Marts.Exact(Threshold) ?? 0m);
}
