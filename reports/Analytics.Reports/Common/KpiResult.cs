namespace Analytics.Reports.Common;

/// <summary>A KPI of appendix 2 as <c>marts.mart_kpi</c> holds it (methodology §5).</summary>
/// <param name="Value">A share 0..1, a growth (−1..), or a count; null when not applicable.</param>
/// <param name="Target">In the same unit as <paramref name="Value"/>.</param>
/// <param name="Met">Null when not applicable.</param>
public sealed record KpiResult(string KpiId, decimal? Value, decimal Target, bool Applicable, bool? Met)
{
    /// <summary>How the value reads: a share, a growth, a count; T3 counts months against the months started.</summary>
    public KpiKind Kind => KpiId switch
    {
        "F5" => KpiKind.Growth,
        "F1" or "S1" or "S2" or "T1" or "M1" or "M2" or "M3" or "M4" or "P0" => KpiKind.Share,
        "T3" => KpiKind.MonthsCount,
        _ => KpiKind.Count,
    };

    /// <summary>F1 (reach) and F4 (service block participants) are sums over the primaries' monthly reports (methodology §5, §11).</summary>
    public bool BuiltOnMonthlyReports => KpiId is "F1" or "F4";
}

public enum KpiKind
{
    Share,
    Count,
    Growth,
    MonthsCount,
}
