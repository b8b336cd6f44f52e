namespace Analytics.Reports.Common;

/// <summary>The social barometer's analytical note of one group for one month (methodology §8, passport module 4).</summary>
/// <param name="MonthComplete">False while the month is in progress (its days to the cut-off).</param>
/// <param name="Appeals">Appeals of the month in the group, all topics.</param>
/// <param name="ClassifiedShare">Share of the month's appeals whose topic the lexicon found in their text; null without appeals.</param>
/// <param name="OtherShare">Share of the month's appeals left as "other": no topic given and none found; null without appeals.</param>
/// <param name="TopTopics">The five most frequent topics ("other" is no topic of its own and is left out).</param>
/// <param name="FastestGrowing">Up to three topics with the largest growth against the previous month (growth &gt; 0).</param>
/// <param name="Emerging">Emerging problems of the month's weeks in the group (for a territorial association: in its region).</param>
/// <param name="Satisfaction">Every topic with a rating, in the lexicon's order.</param>
public sealed record BarometerNote(
    int Month,
    bool MonthComplete,
    long Appeals,
    decimal? ClassifiedShare,
    decimal? OtherShare,
    IReadOnlyList<TopicLine> TopTopics,
    IReadOnlyList<TopicLine> FastestGrowing,
    IReadOnlyList<EmergingLine> Emerging,
    IReadOnlyList<TopicLine> Satisfaction);

/// <param name="Topic">Topic code: <c>wages</c>.</param>
/// <param name="Share">Share of the group's appeals of the month, 0..1.</param>
/// <param name="Change">(n − n_prev) / n_prev against the previous month; null when n_prev = 0 or in month 1.</param>
/// <param name="MeanSatisfaction">Mean 1–5 rating; null without ratings.</param>
public sealed record TopicLine(string Topic, long Appeals, decimal? Share, decimal? Change, decimal? MeanSatisfaction);

/// <param name="Scope">region | sector.</param>
/// <param name="Threshold">Trailing four-week mean + 2 · max(SD, 1).</param>
public sealed record EmergingLine(int Week, string Scope, string Key, string NameRu, string NameKk, string Topic, long Appeals, decimal Threshold);
