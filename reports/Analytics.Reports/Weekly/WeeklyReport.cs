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
    CompletenessLine Completeness)
{
    /// <summary>Events, appeals, cases and publications of the report's week and the week before.</summary>
    public IReadOnlyList<ActivityCount> WeekOnWeek { get; init; } = [];

    /// <summary>One per region of <c>marts.dim_regions</c>, by code; the map colours them.</summary>
    public IReadOnlyList<RegionCompletion> Regions { get; init; } = [];

    /// <summary>Active primaries coloured red (completion below 50 %, methodology §4).</summary>
    public RedZone RedZone { get; init; } = RedZone.Empty;

    /// <summary>Emerging problems of the report's week (methodology §8); null when the warehouse has no <c>mart_barometer_emerging</c> yet.</summary>
    public IReadOnlyList<EmergingProblem>? EmergingProblems { get; init; }

    /// <summary>Zones of the threat traffic light per sector union (methodology §10); null when the warehouse has no <c>mart_threat_light</c> yet.</summary>
    public IReadOnlyList<ThreatZoneCounts>? ThreatLight { get; init; }

    /// <summary>The warehouse's loaded input files, for the manifest: same inputs and cut-off give the same report.</summary>
    public IReadOnlyList<InputFile> Inputs { get; init; } = [];
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
    CompletenessLine? Reporting = null);

/// <param name="Month">Campaign month 1..4 (not the calendar month) whose reports are counted.</param>
/// <param name="Share">Reported / ActivePrimaries, 0..1; null when there are no active primaries.</param>
public sealed record CompletenessLine(int Month, long ActivePrimaries, long Reported, decimal? Share);

public enum Activity
{
    Events,
    Appeals,
    Cases,
    Publications,
}

/// <summary>A plain count of what happened in the report's week and the week before (inactive organisations included, methodology §2).</summary>
/// <param name="LastWeek">Null in week 1, which has no week before.</param>
public sealed record ActivityCount(Activity Activity, long ThisWeek, long? LastWeek);

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

/// <summary>A topic whose weekly count of appeals in a scope reached its threshold (methodology §8).</summary>
/// <param name="Scope">federation | sector | territorial | region.</param>
/// <param name="Key">org_id or region code.</param>
/// <param name="Topic">Appeal topic code: <c>wages</c>.</param>
/// <param name="Threshold">Trailing four-week mean + 2 · max(SD, 1).</param>
public sealed record EmergingProblem(int Week, string Scope, string Key, string NameRu, string NameKk, string Topic, long Appeals, decimal Threshold);

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

/// <summary>A file the warehouse loaded, from <c>raw.load_journal</c>.</summary>
public sealed record InputFile(string FileName, string? Dataset, string? Sha256, long BatchId);
