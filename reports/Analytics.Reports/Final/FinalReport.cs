using Analytics.Reports.Common;
using Analytics.Reports.Common.Markdown;
using Analytics.Reports.Nominations;

namespace Analytics.Reports.Final;

/// <summary>
/// The campaign's final national report, «Сильные профсоюзы — сильный голос человека труда» (the cabinet's
/// passport, section VI; the plan's «Итоговые результаты»): results against every target, the trust index and its
/// growth, best practices, the best organisations, youth projects and ambassadors, the survey, the barometer and
/// the media over the campaign, and the analysts' proposals. As of the build's cut-off; before the campaign's
/// last day it is a preliminary version and says so.
/// </summary>
/// <param name="Kpis">F1..F5 and M1..M4.</param>
/// <param name="UnionKpis">S1..S5 and T1..T4: how many unions met each.</param>
/// <param name="ReportingByMonth">The federation's completeness of reporting, every month started.</param>
/// <param name="Trust">The federation's trust index, months 1..the last started.</param>
/// <param name="Bands">Organisations by trust band, to date.</param>
/// <param name="Practices">The gallery: the first best practices of the practice rating, with their texts.</param>
/// <param name="Primaries">The first primaries of the rating.</param>
/// <param name="Survey">Null when the warehouse holds no survey answers.</param>
/// <param name="Barometer">Per month started, the federation's appeals and topics.</param>
/// <param name="Proposals">The analysts' proposals, parsed; empty when none were given.</param>
/// <param name="NominationLeaders">Every nomination of appendix 4 with its first candidate (methodology §15), if any.</param>
public sealed record FinalReport(
    CampaignInfo Campaign,
    IReadOnlyList<KpiResult> Kpis,
    IReadOnlyList<UnionKpiSummary> UnionKpis,
    IReadOnlyList<Reporting> ReportingByMonth,
    TrustSection Trust,
    IReadOnlyList<BandCount> Bands,
    IReadOnlyList<PracticeCase> Practices,
    RatingTable Primaries,
    RatingTable Sectors,
    RatingTable Territories,
    IReadOnlyList<YouthProject> Youth,
    IReadOnlyList<AmbassadorLine> Ambassadors,
    SurveyResults? Survey,
    IReadOnlyList<BarometerMonth> Barometer,
    MediaPanel Media,
    IReadOnlyList<MediaMonth> MediaByMonth,
    IReadOnlyList<MarkdownBlock> Proposals,
    IReadOnlyList<Nomination> NominationLeaders)
{
    public IReadOnlyList<ReportInput> Inputs { get; init; } = [];

    /// <summary>The federation's org_id.</summary>
    public string FederationId { get; init; } = "";

    /// <summary>What the loader quarantined, over every batch.</summary>
    public DataQuality Quality { get; init; } = new(0, 0, 0, null, []);

    /// <summary>The file the proposals were read from (its name only), or null when none.</summary>
    public string? ProposalsSource { get; init; }

    /// <summary>The campaign's last day is after the cut-off: a preliminary version.</summary>
    public bool Preliminary => !Campaign.IsOver;

    /// <summary>Every revision of every released month (methodology §14), from the release folder's manifests.</summary>
    public IReadOnlyList<MonthRevision> Revisions { get; init; } = [];
}

/// <summary>One revision of a released month: its cut-off, when it was released, and how many values it changed.</summary>
/// <param name="Changes">Values changed since the previous revision; null for revision 1.</param>
public sealed record MonthRevision(int Month, int Revision, DateOnly Cutoff, DateTimeOffset ReleasedAt, long? Changes);

/// <summary>A KPI of sector unions or territorial associations over all of them.</summary>
public sealed record UnionKpiSummary(string KpiId, long Organisations, long Met, long NotMet, long NotApplicable);

/// <summary>A best practice of the gallery (passport module 2: problem, actions, result, workers helped).</summary>
/// <param name="Rank">Its place in the practice rating.</param>
public sealed record PracticeCase(
    long Rank,
    string CaseId,
    string OrgNameRu,
    string OrgNameKk,
    string? SectorNameRu,
    string? SectorNameKk,
    string Category,
    string Title,
    string? Problem,
    string? Actions,
    string? Result,
    long WorkersHelped,
    decimal? AmountKzt,
    DateOnly? DecidedAt);

/// <param name="Kind">case | event.</param>
/// <param name="Title">The case's title or the event's; null when none was given.</param>
/// <param name="What">The case's category or the event's type.</param>
/// <param name="Score">Workers helped (a case) or participants (an event).</param>
public sealed record YouthProject(long Rank, string Kind, string Key, string? Title, string What, string OrgNameRu, string OrgNameKk, long Score);

/// <summary>An ambassador, by rank only: the pseudonymous id never leaves the warehouse's rating table.</summary>
/// <param name="Category">primary_chair | tech_inspector | youth_leader | activist.</param>
/// <param name="SectorNameRu">The sector union the ambassador's organisation belongs to, when known.</param>
public sealed record AmbassadorLine(long Rank, string Category, string? SectorNameRu, string? SectorNameKk, long Publications, long EventsOrganised, decimal Score);

/// <summary>The members' survey: aggregates only, never a count for a single primary (methodology §12).</summary>
public sealed record SurveyResults(SurveyLine Federation, IReadOnlyList<SurveyLine> ByMonth, IReadOnlyList<SurveyLine> Sectors, IReadOnlyList<SurveyLine> Territories);

/// <param name="Key">org_id, or the month number for a month's line.</param>
/// <param name="MeanTrust">1–10.</param>
/// <param name="MeanSatisfaction">1–5.</param>
/// <param name="AwareShare">Share who know the campaign's results, of those who answered.</param>
public sealed record SurveyLine(string Key, string NameRu, string NameKk, long Responses, decimal? MeanTrust, decimal? MeanSatisfaction, decimal? AwareShare);

/// <summary>One month of the barometer, federation-wide.</summary>
/// <param name="ClassifiedShare">Share of the month's appeals whose topic the lexicon found in their text.</param>
/// <param name="OtherShare">Share of the month's appeals left as "other".</param>
public sealed record BarometerMonth(
    int Month,
    bool Complete,
    long Appeals,
    IReadOnlyList<TopicLine> TopTopics,
    decimal? MeanSatisfaction,
    long EmergingProblems,
    decimal? ClassifiedShare,
    decimal? OtherShare);

