using System.Data;

namespace Analytics.Reports.Common;

/// <summary>
/// Reads the sections the reports share from the marts of a built warehouse, for one group
/// (<see cref="ReportScope"/>). Every figure is a mart's own; nothing is recomputed here but the selection and
/// order of rows.
/// </summary>
public static partial class SectionQueries
{
    /// <summary>The KPIs of a level for one organisation, by id: F1..F5, S1..S5, T1..T4 or, with prefix M, M1..M4.</summary>
    public static IReadOnlyList<KpiResult> Kpis(IDbConnection connection, string level, string orgId, string prefix) =>
        Marts.Query<KpiRow>(
            connection,
            """
            select kpi_id, value, target, applicable, met from marts.mart_kpi
            where level = $level and org_id = $org and kpi_id like $pattern
            order by kpi_id
            """,
            new { level, org = orgId, pattern = prefix + "%" })
            .Select(row => new KpiResult(row.KpiId, Marts.Exact(row.Value), Marts.Exact(row.Target) ?? 0m, row.Applicable, row.Met))
            .ToList();

    /// <summary>The level's own KPIs: F for the federation, S for a sector union, T for a territorial association.</summary>
    public static IReadOnlyList<KpiResult> LevelKpis(IDbConnection connection, ReportScope scope) =>
        Kpis(connection, scope.Scope, scope.Key, scope.Scope switch
        {
            ReportScope.Federation => "F",
            ReportScope.Sector => "S",
            _ => "T",
        });

    /// <summary>M<paramref name="month"/>, the month's control indicator; it exists for the federation only (methodology §5).</summary>
    public static KpiResult? ControlIndicator(IDbConnection connection, string federationId, int month) =>
        Kpis(connection, ReportScope.Federation, federationId, "M").FirstOrDefault(k => k.KpiId == "M" + month);

    /// <summary>Completeness of reporting of a group for months 1..<paramref name="lastMonth"/>; a month without a row reads as none.</summary>
    public static IReadOnlyList<Reporting> ReportingByMonth(IDbConnection connection, string scope, string key, int lastMonth)
    {
        var rows = Marts.Query<ReportingRow>(
            connection,
            """
            select month, key, active_primaries, reported, share from marts.mart_completeness
            where scope = $scope and key = $key and month <= $last
            """,
            new { scope, key, last = lastMonth })
            .ToDictionary(row => row.Month, row => row.ToReporting());
        return Enumerable.Range(1, lastMonth).Select(m => rows.GetValueOrDefault(m) ?? Reporting.None(m)).ToList();
    }

    /// <summary>Every sector union's or territorial association's completeness for one month, by key.</summary>
    public static IReadOnlyDictionary<string, Reporting> ReportingOfGroups(IDbConnection connection, string scope, int month) =>
        Marts.Query<ReportingRow>(
            connection,
            "select month, key, active_primaries, reported, share from marts.mart_completeness where scope = $scope and month = $month",
            new { scope, month })
            .ToDictionary(row => row.Key, row => row.ToReporting(), StringComparer.Ordinal);

    private sealed record KpiRow
    {
        public string KpiId { get; init; } = "";

        public double? Value { get; init; }

        public double? Target { get; init; }

        public bool Applicable { get; init; }

        public bool? Met { get; init; }
    }

    private sealed record ReportingRow
    {
        public int Month { get; init; }

        public string Key { get; init; } = "";

        public long ActivePrimaries { get; init; }

        public long Reported { get; init; }

        public double? Share { get; init; }

        public Reporting ToReporting() => new(Month, ActivePrimaries, Reported, Marts.Exact(Share));
    }
}
