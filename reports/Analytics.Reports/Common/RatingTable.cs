namespace Analytics.Reports.Common;

/// <summary>Organisations of one level in the order of their rating (methodology §7, passport section VII).</summary>
/// <param name="Rating">primary | sector | territorial.</param>
/// <param name="Lines">Ranked ones by rank, then the unranked (no trust index) by key.</param>
public sealed record RatingTable(string Rating, IReadOnlyList<RatingLine> Lines)
{
    public int Ranked => Lines.Count(l => l.Score is not null);
}

/// <param name="Place">1.. within this table (a sector's primaries are ranked nationally; this is the place among them); null when unranked.</param>
/// <param name="NationalRank">The rank of <c>marts.mart_ratings</c>, among all active organisations of the level.</param>
/// <param name="Score">0..100; null when unranked.</param>
/// <param name="TrustIndex">To date, 0..50.</param>
/// <param name="Completion">Of the minimum standard, 0..1.</param>
/// <param name="Cases">Counted cases to date (a union's include its own).</param>
/// <param name="Appeals">Appeals received and offline to date; for a primary "&lt;5" when 1 to 4 (methodology §12).</param>
/// <param name="Reporting">For unions: completeness of the report month's reports; null for primaries.</param>
public sealed record RatingLine(
    int? Place,
    long? NationalRank,
    string OrgId,
    string NameRu,
    string NameKk,
    decimal? Score,
    decimal? TrustIndex,
    string? Band,
    decimal? Completion,
    long Cases,
    PrivateCount? Appeals,
    Reporting? Reporting);
