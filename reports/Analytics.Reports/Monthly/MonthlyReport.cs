using Analytics.Reports.Common;

namespace Analytics.Reports.Monthly;

/// <summary>
/// Everything a monthly analytical report shows (the cabinet's passport, section VI: «Ежемесячно. Аналитический
/// отчет по отрасли и региону»; the national one of section V), for one group and one campaign month, as of the
/// build's cut-off.
/// </summary>
/// <param name="Month">Campaign month 1..4, started by the cut-off.</param>
/// <param name="Kpis">The group's level KPIs, campaign to date: F1..F5, S1..S5 or T1..T4.</param>
/// <param name="ControlIndicator">M<paramref name="Month"/>, the month's control indicator; the federation's, whatever the group.</param>
/// <param name="ReportingByMonth">Completeness of the group's monthly reports for every month started by the cut-off.</param>
/// <param name="Ratings">National: sector unions, then territorial associations; a union: its primaries.</param>
public sealed record MonthlyReport(
    CampaignInfo Campaign,
    ReportScope Scope,
    int Month,
    IReadOnlyList<KpiResult> Kpis,
    KpiResult? ControlIndicator,
    IReadOnlyList<Reporting> ReportingByMonth,
    TrustSection Trust,
    BarometerNote Barometer,
    MediaPanel Media,
    ServiceBlock Service,
    IReadOnlyList<RatingTable> Ratings,
    DataQuality Quality)
{
    /// <summary>The unions' confirmation of the month (methodology §14).</summary>
    public MonthConfirmation? Confirmation { get; init; }

    /// <summary>The release revision the report prints from; null when the month is not released (preliminary figures).</summary>
    public int? Revision { get; init; }

    /// <summary>From revision 2 on: the group's figures changed since the previous revision, and the files that changed them.</summary>
    public RevisionChanges? Changes { get; init; }

    /// <summary>The loaded input files, for the manifest.</summary>
    public IReadOnlyList<ReportInput> Inputs { get; init; } = [];

    /// <summary>In orange or red at the cut-off, with the response their zone requires: every such organisation in the
    /// national report, the union itself in a union's.</summary>
    public IReadOnlyList<ThreatAction> ThreatActions { get; init; } = [];

    /// <summary>The month's completeness of reporting, shown next to every figure built on monthly reports.</summary>
    public Reporting Reporting => ReportingByMonth[Month - 1];

    /// <summary>The month's last day is after the cut-off: its figures cover the days so far.</summary>
    public bool InProgress => !Campaign.IsComplete(Month);
}
