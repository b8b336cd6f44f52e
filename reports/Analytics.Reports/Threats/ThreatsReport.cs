using Analytics.Reports.Common;

namespace Analytics.Reports.Threats;

/// <summary>
/// The restricted threat sheet (methodology §10): for every organisation that keeps a monitoring journal, its traffic
/// light at the cut-off, the light week by week, overdue entries by level and the 24-hour rule's milestones, and what
/// its zone and the levels of its window's entries ask for (the algorithm's appendices 6 and 1). Counts, zones and
/// shares only: never an author, a source name or a summary.
/// </summary>
/// <param name="Sheets">One per organisation with a journal entry by the cut-off, the most urgent first; empty when none.</param>
public sealed record ThreatsReport(CampaignInfo Campaign, IReadOnlyList<ThreatSheet> Sheets, ThreatResponseTexts Texts)
{
    public IReadOnlyList<ReportInput> Inputs { get; init; } = [];

    public string FederationId { get; init; } = "";
}

/// <summary>One organisation's sheet.</summary>
/// <param name="Level">federation | sector | territorial | primary.</param>
/// <param name="PointsZone">The zone by points alone; <see cref="Zone"/> is one step higher under a special regime.</param>
/// <param name="Compliance">Share of the window's entries past their deadline that were delivered within it; null when none is past.</param>
/// <param name="History">The light at the end of each campaign week from the organisation's first entry (the cut-off for the week in progress).</param>
/// <param name="Levels">low, medium, high, critical: the window's entries, those past their deadline, the overdue.</param>
public sealed record ThreatSheet(
    string OrgId,
    string Level,
    string NameRu,
    string NameKk,
    decimal Points,
    string PointsZone,
    string Zone,
    bool Regime,
    long Signs,
    string SignsBand,
    long DeadlinesPassed,
    long DeadlinesMet,
    decimal? Compliance,
    decimal? Facts6hShare,
    decimal? Drafted12hShare,
    decimal? Delivered24hShare,
    IReadOnlyList<ThreatWeek> History,
    IReadOnlyList<ThreatLevelCount> Levels);

/// <param name="Complete">False for the week in progress, computed as of the cut-off.</param>
public sealed record ThreatWeek(int Week, decimal Points, string Zone, bool Regime, bool Complete);

public sealed record ThreatLevelCount(string Level, long Entries, long DeadlinesPassed, long Overdue);
