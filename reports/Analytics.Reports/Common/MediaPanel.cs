namespace Analytics.Reports.Common;

/// <summary>The media panel of one group for one or more months (methodology §9, passport module 5).</summary>
/// <param name="Platforms">Per platform, most publications first; platforms without a publication are left out.</param>
/// <param name="Best">The best materials (marked best first, then by reach).</param>
/// <param name="MostActive">Federation only: sector unions and territorial associations by publications.</param>
/// <param name="Position">A union's place among its peers by publications; null for the federation or without publications.</param>
public sealed record MediaPanel(
    IReadOnlyList<MediaPlatformLine> Platforms,
    MediaPlatformLine Total,
    IReadOnlyList<MediaMaterial> Best,
    IReadOnlyList<MediaActiveLine> MostActive,
    MediaPosition? Position);

/// <param name="Views">Sum of the views given; null when none was given.</param>
public sealed record MediaPlatformLine(string Platform, long Publications, long Videos, long Reach, long? Views, long? Engagements);

public sealed record MediaMaterial(
    int Rank,
    string OrgId,
    string OrgNameRu,
    string OrgNameKk,
    DateOnly Published,
    string Platform,
    string Format,
    long Reach,
    long? Views,
    bool IsBest);

public sealed record MediaActiveLine(string Scope, string Key, string NameRu, string NameKk, long Publications, long Reach, int RankByPublications, int RankByReach);

/// <param name="Of">How many peers (sector unions, or territorial associations) published in the month.</param>
public sealed record MediaPosition(int RankByPublications, int RankByReach, int Of);

/// <summary>A campaign month's publications in a group, all platforms together.</summary>
public sealed record MediaMonth(int Month, long Publications, long Videos, long Reach);
