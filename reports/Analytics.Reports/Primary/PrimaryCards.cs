using Analytics.Reports.Common;

namespace Analytics.Reports.Primary;

/// <summary>
/// One sector union's bundle of primary cards for a campaign month (issue 13): one A4 page per active primary, so the
/// union can pass each on. Every figure comes from <c>marts.mart_primary_cards</c> and the medians beside it from
/// <c>marts.mart_primary_card_medians</c>.
/// </summary>
/// <param name="Sector">The sector union the bundle is named after.</param>
/// <param name="Cards">Its primaries' cards, by name; only the one asked for with <c>--org</c>.</param>
/// <param name="SectorMedians">The medians over the sector union's active primaries.</param>
/// <param name="RegionMedians">The medians over each region's active primaries, by region code.</param>
/// <param name="Regions">Region names, by code.</param>
public sealed record PrimaryCardsReport(
    CampaignInfo Campaign,
    int Month,
    ReportScope Sector,
    IReadOnlyList<PrimaryCard> Cards,
    CardMedians? SectorMedians,
    IReadOnlyDictionary<string, CardMedians> RegionMedians,
    IReadOnlyDictionary<string, RegionName> Regions)
{
    public IReadOnlyList<ReportInput> Inputs { get; init; } = [];

    /// <summary>The revision of the month's release the cards print from (methodology §14); null when they come from the warehouse.</summary>
    public int? Revision { get; init; }

    /// <summary>
    /// The month's latest revision when it was released without the cards' marts (before the cards existed): the cards
    /// then come from the warehouse's current build and say so.
    /// </summary>
    public int? ReleasedWithoutCards { get; init; }
}

/// <summary>One primary's figures for the month.</summary>
/// <param name="Items">The five items of the minimum standard to the month's end, in the methodology's order.</param>
/// <param name="AppealsReceived">Appeals received in the month: 1 to 4 are never shown (methodology §12).</param>
/// <param name="SectorRank">Rank in the primaries' rating within the sector union (campaign to the cut-off); null when unranked.</param>
public sealed record PrimaryCard(
    string OrgId,
    string NameRu,
    string NameKk,
    string Region,
    long? Members,
    IReadOnlyList<StandardItem> Items,
    int ItemsMet,
    decimal Completion,
    string Colour,
    long Events,
    long Participants,
    bool ReportArrived,
    CardTrust Trust,
    PrivateCount AppealsReceived,
    PrivateCount AppealsOffline,
    PrivateCount Ratings,
    int? SectorRank,
    int? SectorRanked,
    decimal? RatingScore)
{
    /// <summary>Whether the primary is active at the cut-off: the rating, campaign to date, ranks only those (§7).</summary>
    public bool ActiveAtCutoff { get; init; } = true;
}

/// <param name="Code">unified_day | meeting | help_story | legal_aid_day | because_action.</param>
public sealed record StandardItem(string Code, bool Done)
{
    /// <summary>The five items in the methodology's order (§3), as every card lists them.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["unified_day", "meeting", "help_story", "legal_aid_day", "because_action"];
}

/// <summary>The month's trust index of one primary: the five criteria (null when missing), the index and its band.</summary>
public sealed record CardTrust(
    decimal? C1,
    decimal? C2,
    decimal? C3,
    decimal? C4,
    decimal? C5,
    decimal? Index,
    string? Band,
    decimal? ReachShare,
    decimal? MedianResponseHours,
    bool MedianUnanswered,
    decimal? MeanSatisfaction);

/// <summary>Medians over a group's active primaries for the month, beside a card's own figures.</summary>
/// <param name="ReportedShare">Share of the group's active primaries whose monthly report arrived (methodology §11).</param>
public sealed record CardMedians(
    long Primaries,
    decimal Completion,
    decimal Events,
    decimal? TrustIndex,
    decimal? C1,
    decimal? C2,
    decimal? C3,
    decimal? C4,
    decimal? C5,
    decimal? ReportedShare);

public sealed record RegionName(string NameRu, string NameKk);
