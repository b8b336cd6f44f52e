using Analytics.Reports.Common;

namespace Analytics.Reports.Weekly;

/// <summary>Everything the weekly monitoring report shows, as of the header's cut-off.</summary>
/// <param name="EventsPerWeek">Weeks 1..<see cref="ReportHeader.Week"/>, events dated in that campaign week.</param>
/// <param name="FederationKpis">F1..F5 (F5 not applicable before month 2 is complete).</param>
/// <param name="Sectors">One per active sector union, sorted by name.</param>
/// <param name="Completeness">Federation share of active primaries that reported for the current month (methodology §11).</param>
public sealed record WeeklyReport(
    CampaignInfo Campaign,
    ReportHeader Header,
    IReadOnlyList<WeekCount> EventsPerWeek,
    IReadOnlyList<KpiResult> FederationKpis,
    IReadOnlyList<SectorCompletion> Sectors,
    Reporting Completeness)
{
    /// <summary>Events, appeals, cases and publications of the report's week and the week before.</summary>
    public IReadOnlyList<ActivityCount> WeekOnWeek { get; init; } = [];

    /// <summary>One per region of <c>marts.dim_regions</c>, by code; the map colours them.</summary>
    public IReadOnlyList<RegionCompletion> Regions { get; init; } = [];

    /// <summary>Active primaries coloured red (completion below 50 %, methodology §4).</summary>
    public RedZone RedZone { get; init; } = RedZone.Empty;

    /// <summary>Emerging problems of the report's week (methodology §8).</summary>
    public IReadOnlyList<EmergingLine> EmergingProblems { get; init; } = [];

    /// <summary>Zones of the threat traffic light per sector union (methodology §10).</summary>
    public IReadOnlyList<ThreatZoneCounts> ThreatLight { get; init; } = [];

    /// <summary>Organisations in orange or red and the response their zone requires (appendix 6).</summary>
    public IReadOnlyList<ThreatAction> ThreatActions { get; init; } = [];

    /// <summary>The federation's org_id.</summary>
    public string FederationId { get; init; } = "";

    /// <summary>The warehouse's loaded input files, for the manifest: same inputs and cut-off give the same report.</summary>
    public IReadOnlyList<ReportInput> Inputs { get; init; } = [];
}

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

/// <param name="Completion">Completion of the minimum standard, 0..1; null when the union has no active primaries.</param>
/// <param name="Colour">green | yellow | red by methodology §4 (<c>marts.mart_campaign_map</c>), or null without data.</param>
/// <param name="RedPrimaries">Its active primaries coloured red.</param>
/// <param name="Reporting">Its completeness of reporting for the same month as the federation's (methodology §11); null when unknown.</param>
public sealed record SectorCompletion(
    string OrgId,
    string NameRu,
    string NameKk,
    long ActivePrimaries,
    decimal? Completion,
    string? Colour,
    long RedPrimaries = 0,
    Reporting? Reporting = null);

public enum Activity
{
    Events,
    Appeals,
    Cases,
    Publications,
}

/// <summary>A plain count of what happened in the report's week and the week before (inactive organisations included, methodology §2).</summary>
/// <param name="LastWeek">Null in week 1, which has no week before.</param>
/// <param name="Change">This week − last week; null in week 1.</param>
/// <param name="ChangeShare">The change as a share of last week; null in week 1 or when last week had none.</param>
public sealed record ActivityCount(Activity Activity, long ThisWeek, long? LastWeek, long? Change, decimal? ChangeShare);

/// <param name="Region">ISO 3166-2:KZ code: <c>KZ-75</c>.</param>
/// <param name="Completion">Mean completion of its active primaries, 0..1; null without any.</param>
/// <param name="Colour">green | yellow | red, or null without active primaries.</param>
public sealed record RegionCompletion(string Region, string NameRu, string NameKk, long ActivePrimaries, decimal? Completion, string? Colour);

/// <param name="Primaries">Active primaries coloured red.</param>
/// <param name="ActivePrimaries">All active primaries, the denominator.</param>
/// <param name="Worst">Red primaries, lowest completion first, then more members, then org_id; every one of them (the PDF shows the first few).</param>
public sealed record RedZone(long Primaries, long ActivePrimaries, IReadOnlyList<RedPrimary> Worst)
{
    public static RedZone Empty { get; } = new(0, 0, []);
}

/// <param name="ItemsMet">Items of the minimum standard met, 0..5.</param>
public sealed record RedPrimary(
    string OrgId,
    string NameRu,
    string NameKk,
    string? SectorNameRu,
    string? SectorNameKk,
    string? Region,
    string? RegionNameRu,
    string? RegionNameKk,
    long Members,
    decimal Completion,
    int ItemsMet);

/// <summary>How many organisations of a sector union stand in each zone of the threat traffic light; counts only (methodology §10).</summary>
/// <param name="SectorId">The sector union, or null for the row of organisations outside any sector (territorial associations, the federation).</param>
/// <param name="InRegime">Organisations under a special monitoring regime.</param>
public sealed record ThreatZoneCounts(
    string? SectorId,
    string NameRu,
    string NameKk,
    long Green,
    long Yellow,
    long Orange,
    long Red,
    long InRegime)
{
    public long Organisations => Green + Yellow + Orange + Red;
}
