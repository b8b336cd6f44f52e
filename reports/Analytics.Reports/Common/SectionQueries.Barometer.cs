using System.Data;

namespace Analytics.Reports.Common;

/// <summary>The social barometer's monthly note (methodology §8), every part from its mart.</summary>
public static partial class SectionQueries
{
    /// <summary>The note of the group for the month.</summary>
    /// <param name="monthComplete">Whether the month's last day is on or before the cut-off.</param>
    public static BarometerNote Barometer(IDbConnection connection, ReportScope scope, int month, bool monthComplete)
    {
        var lists = Marts.Query<NoteRow>(
            connection,
            """
            select list, topic, appeals::bigint as appeals, share, change, mean_satisfaction from marts.mart_barometer_note
            where month = $month and scope = $scope and key = $key
            order by list, rank
            """,
            new { month, scope = scope.Scope, key = scope.Key });
        List<TopicLine> List(string name) => lists.Where(row => row.List == name).Select(row => row.ToLine()).ToList();

        var classification = Marts.SingleOrDefault<ClassificationRow>(
            connection,
            """
            select appeals::bigint as appeals, classified_share, other_share from marts.mart_barometer_classification
            where month = $month and scope = $scope and key = $key
            """,
            new { month, scope = scope.Scope, key = scope.Key });

        return new BarometerNote(
            month,
            monthComplete,
            classification?.Appeals ?? 0,
            Marts.Exact(classification?.ClassifiedShare),
            Marts.Exact(classification?.OtherShare),
            List("top_topics"),
            List("fastest_growing"),
            Emerging(connection, scope, month),
            List("satisfaction"));
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
        return EmergingProblems(connection, (4 * (month - 1)) + 1, 4 * month, filterScope, filterKey);
    }

    /// <summary>Emerging problems of weeks <paramref name="first"/>..<paramref name="last"/>, most appeals first; all, or one group's.</summary>
    public static List<EmergingLine> EmergingProblems(IDbConnection connection, int first, int last, string? scope = null, string? key = null) =>
        Marts.Query<EmergingProblemRow>(
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
            new { first, last, scope, key })
            .Select(row => row.ToLine())
            .ToList();

    private sealed record NoteRow
    {
        public string List { get; init; } = "";

        public string Topic { get; init; } = "";

        public long Appeals { get; init; }

        public double? Share { get; init; }

        public double? Change { get; init; }

        public double? MeanSatisfaction { get; init; }

        public TopicLine ToLine() => new(Topic, Appeals, Marts.Exact(Share), Marts.Exact(Change), Marts.Exact(MeanSatisfaction));
    }

    private sealed record ClassificationRow
    {
        public long Appeals { get; init; }

        public double? ClassifiedShare { get; init; }

        public double? OtherShare { get; init; }
    }

    /// <summary>A row of <c>marts.mart_barometer_emerging</c> with the names of its group.</summary>
    private sealed record EmergingProblemRow
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
}
