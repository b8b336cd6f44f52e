using Analytics.Reports.Common;
using Analytics.Reports.Weekly;

namespace Analytics.Reports.Quarterly;

/// <summary>
/// The national dashboard of the campaign (the cabinet's passport, section VI: «Ежеквартально. Национальный дашборд
/// кампании»): one or two dense landscape pages as of the build's cut-off.
/// </summary>
/// <param name="Kpis">Every federation KPI: F1..F5 and M1..M4.</param>
/// <param name="Regions">The map: one per region, coloured by completion (the weekly report's map).</param>
/// <param name="Trust">The federation's trust index, months 1..the last started.</param>
/// <param name="Sectors">Sector unions in rating order; the dashboard shows the first and the last three.</param>
/// <param name="Barometer">The last started month's note.</param>
/// <param name="Media">Publications by month; empty without any publication.</param>
public sealed record QuarterlyReport(
    CampaignInfo Campaign,
    IReadOnlyList<KpiResult> Kpis,
    IReadOnlyList<Reporting> ReportingByMonth,
    IReadOnlyList<RegionCompletion> Regions,
    TrustSection Trust,
    RatingTable Sectors,
    RatingTable Territories,
    BarometerNote Barometer,
    IReadOnlyList<MediaMonth> Media,
    ThreatSummary Threats)
{
    public IReadOnlyList<ReportInput> Inputs { get; init; } = [];

    /// <summary>Month → the release revision its figures come from; a month started and not here is preliminary.</summary>
    public IReadOnlyDictionary<int, int> Revisions { get; init; } = new Dictionary<int, int>();

    public string FederationId { get; init; } = "";
}


/// <summary>The threat traffic light over all organisations with a journal: counts, zones and compliance only (methodology §10).</summary>
/// <param name="MeanCompliance">Mean of the organisations' compliance where it is known; null when none is.</param>
public sealed record ThreatSummary(long Organisations, long Green, long Yellow, long Orange, long Red, long InRegime, long SignsHighOrCritical, decimal? MeanCompliance);
