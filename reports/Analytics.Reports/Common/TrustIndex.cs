namespace Analytics.Reports.Common;

/// <summary>The trust index of one group for one period (methodology §6), from <c>marts.mart_trust_index</c>.</summary>
/// <param name="Period"><c>month-1</c>..<c>month-4</c> or <c>to-date</c>.</param>
/// <param name="Month">1..4 for a month, null for to-date.</param>
/// <param name="C1">Criteria scores 1..10, null when missing.</param>
/// <param name="Index">0..50, null with fewer than three criteria.</param>
/// <param name="Band">high | stable | strengthen | attention, null without an index.</param>
public sealed record TrustIndexPoint(
    string Period,
    int? Month,
    decimal? C1,
    decimal? C2,
    decimal? C3,
    decimal? C4,
    decimal? C5,
    int CriteriaPresent,
    decimal? Index,
    string? Band)
{
    public IReadOnlyList<decimal?> Criteria => [C1, C2, C3, C4, C5];

    public static TrustIndexPoint Missing(string period, int? month) => new(period, month, null, null, null, null, null, 0, null, null);
}

/// <summary>The raw figures behind the five criteria of one group and period (<c>intermediate.int_trust_index_figures</c>).</summary>
/// <param name="Months">Months the period spans (months started, for to-date).</param>
/// <param name="MedianResponseHours">Null when no appeal was received or the median is infinite.</param>
/// <param name="MedianUnanswered">The median is infinite: half or more of the period's appeals had no answer by the cut-off.</param>
public sealed record TrustFigures(
    int Months,
    long ActivePrimaries,
    long Members,
    long MembersReached,
    long PrimariesReporting,
    decimal? Completion,
    long AppealsReceived,
    long AppealsOffline,
    decimal? MedianResponseHours,
    bool MedianUnanswered,
    long Ratings,
    decimal? MeanSatisfaction)
{
    /// <summary>Criterion 1's r: reach of members, 0..1; null without members.</summary>
    public decimal? Reach => Members > 0 ? (decimal)MembersReached / Members : null;

    /// <summary>Criterion 2's a: appeals per 100 members a month; null without members.</summary>
    public decimal? AppealsPer100 => Members > 0 && Months > 0 ? 100m * (AppealsReceived + AppealsOffline) / Members / Months : null;
}

/// <summary>The trust index section: the group's index for the report's month (with its raw figures), to date, and by month.</summary>
/// <param name="ByMonth">Months 1..the report's month, in order; a month without a row is <see cref="TrustIndexPoint.Missing"/>.</param>
/// <param name="Figures">Raw figures of the report's month; null when the warehouse has none.</param>
/// <param name="Growth">F5's formula applied to this group: (TI of the last complete month − TI of month 1) / TI of month 1; null when not applicable.</param>
public sealed record TrustSection(
    TrustIndexPoint ThisMonth,
    TrustIndexPoint ToDate,
    IReadOnlyList<TrustIndexPoint> ByMonth,
    TrustFigures? Figures,
    decimal? Growth);
