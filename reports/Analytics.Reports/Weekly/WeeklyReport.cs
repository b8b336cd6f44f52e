namespace Analytics.Reports.Weekly;

/// <summary>Everything the weekly monitoring report shows, as of the header's cut-off.</summary>
/// <param name="EventsPerWeek">Weeks 1..<see cref="ReportHeader.Week"/>, events dated in that campaign week.</param>
/// <param name="FederationKpis">F1..F4; F5 may be present (not applicable before month 2 is complete).</param>
/// <param name="Sectors">One per active sector union, sorted by name.</param>
/// <param name="Completeness">Federation share of active primaries that reported for the current month (methodology §11).</param>
public sealed record WeeklyReport(
    ReportHeader Header,
    IReadOnlyList<WeekCount> EventsPerWeek,
    IReadOnlyList<KpiLine> FederationKpis,
    IReadOnlyList<SectorCompletion> Sectors,
    CompletenessLine Completeness);

/// <param name="Week">Campaign week 1..<paramref name="WeeksTotal"/> that contains the cut-off (methodology §1).</param>
/// <param name="Stage">Campaign month 1..4, which is also the stage.</param>
/// <param name="WeekStart">First day of <paramref name="Week"/>.</param>
/// <param name="WeekEnd">Last day of <paramref name="Week"/> (may be after the cut-off while the week is in progress).</param>
public sealed record ReportHeader(
    string CampaignNameRu,
    string CampaignNameKk,
    int Week,
    int WeeksTotal,
    int Stage,
    DateOnly Cutoff,
    DateOnly WeekStart,
    DateOnly WeekEnd);

public sealed record WeekCount(int Week, long Events);

/// <param name="KpiId">F1..F5 (methodology §5).</param>
/// <param name="Value">A share 0..1 for <see cref="KpiUnit.Share"/>, a count for <see cref="KpiUnit.Count"/>; null when not applicable.</param>
/// <param name="Target">In the same unit as <paramref name="Value"/>: 0.7 for F1, 10 000 for F2.</param>
/// <param name="Met">Null when not applicable.</param>
public sealed record KpiLine(string KpiId, decimal? Value, decimal Target, bool Applicable, bool? Met, KpiUnit Unit);

public enum KpiUnit
{
    Share,
    Count,
}

/// <param name="Completion">Completion of the minimum standard, 0..1; null when the union has no active primaries.</param>
/// <param name="Colour">green | yellow | red by methodology §4 (see <see cref="CompletionColour"/>), or null without data.</param>
public sealed record SectorCompletion(
    string OrgId,
    string NameRu,
    string NameKk,
    long ActivePrimaries,
    decimal? Completion,
    string? Colour);

/// <param name="Month">Campaign month 1..4 (not the calendar month) whose reports are counted.</param>
/// <param name="Share">Reported / ActivePrimaries, 0..1; null when there are no active primaries.</param>
public sealed record CompletenessLine(int Month, long ActivePrimaries, long Reported, decimal? Share);
