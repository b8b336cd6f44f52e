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

/// <summary>The raw figures behind the five criteria of one group and period (<c>marts.mart_trust_index</c>).</summary>
/// <param name="Reach">Criterion 1's r: share of members reached, 0..1; null when c1 is missing.</param>
/// <param name="AppealsPer100">Criterion 2's a: appeals per 100 members a month; null when c2 is missing.</param>
/// <param name="Months">Months the period spans (months started, for to-date).</param>
/// <param name="MedianResponseHours">Null when no appeal was received or the median is unanswered.</param>
/// <param name="MedianUnanswered">The median falls on an appeal with no answer by the cut-off.</param>
public sealed record TrustFigures(
    decimal? Reach,
    decimal? AppealsPer100,
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
    decimal? MeanSatisfaction);

/// <summary>The trust index section: the group's index for the report's month (with its raw figures), to date, and by month.</summary>
/// <param name="ByMonth">Months 1..the report's month, in order; a month without a row is <see cref="TrustIndexPoint.Missing"/>.</param>
/// <param name="Figures">Raw figures of the report's month; null when the warehouse has none.</param>
/// <param name="Growth">KPI F5's rule for this group (<c>marts.mart_trust_growth</c>); null when not applicable.</param>
public sealed record TrustSection(
    TrustIndexPoint ThisMonth,
    TrustIndexPoint ToDate,
    IReadOnlyList<TrustIndexPoint> ByMonth,
    TrustFigures? Figures,
    decimal? Growth);
