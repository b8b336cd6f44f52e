namespace Analytics.Warehouse.Tests;

/// <summary>
/// The ratings (methodology §7) of the hand-built <see cref="Analytics.TestSupport.TrustFederation"/> at 2026-12-10.
/// Organisations: score = TI to date + 25 · completion + 25 · min(1, counted cases per 100 members / 1.0).
/// </summary>
[Collection(TrustFederationGroup.Name)]
public sealed class RatingsTests(BuiltTrustFederation federation)
{
    private List<(long? Rank, string Key, double? Score)> Rating(string rating) =>
        federation.Query<(long? Rank, string Key, double? Score)>(
            "select rank, key, score from marts.mart_ratings where rating = $rating order by rank nulls last, key", new { rating });

    private static void AssertRating(IReadOnlyList<(long? Rank, string Key, double? Score)> expected, IReadOnlyList<(long? Rank, string Key, double? Score)> actual)
    {
        Assert.Equal(expected.Select(row => (row.Rank, row.Key)), actual.Select(row => (row.Rank, row.Key)));
        foreach (var (want, got) in expected.Zip(actual))
        {
            Assert.Equal(want.Score is null, got.Score is null);
            if (want.Score is { } score)
            {
                Assert.Equal(score, got.Score!.Value, 9);
            }
        }
    }

    // P1: TI 278/7 (TrustIndexTests) + 25·1 + 25·min(1, 3 cases per 600 members = 0.5 per 100) = 77.214…
    // P2, P4, P6 tie at TI 38 + 25·0.2 + 25·0 = 43: more members first (P4 and P6 have 200, P2 100), then the smaller
    // key (P4 before P6). P5 has no index (only c5): unranked, score null. P3 is closed: not rated.
    [Fact]
    public void Primaries_TiesGoToMoreMembersThenSmallerKey()
    {
        AssertRating(
            [(1, "P1", 278.0 / 7 + 25 + 12.5), (2, "P4", 43), (3, "P6", 43), (4, "P2", 43), (null, "P5", null)],
            Rating("primary"));
    }

    // SA: TI 37.105… (c2 = 227/56, c3 = 1105/112, c4 = 95/14, c1 = 10, c5 = 6.4) + 25·0.6 + 25·(100·4/700) = 66.391…;
    //     its cases include C3 of the closed P3.
    // SB: TI (10 + 10 + 2.2)·5/3 = 37 + 25·(0.2 + 0 + 0.2)/3 + 25·(100·2/400) = 37 + 3.333… + 12.5 = 52.833…; its own C5, C9.
    // SC: no index → unranked.
    [Fact]
    public void SectorUnions_ScoreWithTheUnionsOwnCases()
    {
        var sa = 10 + 227.0 / 56 + 1105.0 / 112 + 95.0 / 14 + 6.4;
        AssertRating([(1, "SA", sa + 15 + 25 * 4.0 / 7), (2, "SB", 37 + 25 * 0.4 / 3 + 12.5), (null, "SC", null)], Rating("sector"));
    }

    // TA: TI 10 + 6 + 10 + 203/32 + 5.2 = 37.54375, + 25·(1 + 0.2 + 0.2)/3 + 25·(100·3/900) = 57.54375.
    // TB: TI 36.5 + 25·0.1 + 25·min(1, 100·1/200) (C3 of the closed P3) = 51.5.
    [Fact]
    public void TerritorialAssociations_AsWorkedByHand()
    {
        AssertRating([(1, "TA", 57.54375), (2, "TB", 51.5)], Rating("territorial"));
    }

    // All best practices helped 12 workers except C6 (40). Among the 12s: amount 500 000 before none (C2 last);
    // C3 and C5 decided 5.09 before C1 (10.09); C3 and C5 tie on everything else → the smaller case_id.
    [Fact]
    public void Practices_OrderByWorkersAmountDecidedAtThenCaseId()
    {
        AssertRating([(1, "C6", 40), (2, "C3", 12), (3, "C5", 12), (4, "C1", 12), (5, "C2", 12)], Rating("practice"));
    }

    // Project-4 events score participants, youth_project cases workers helped: E05 40; C9 and E11 tie at 30 → "C9" < "E11".
    [Fact]
    public void Youth_CasesAndProject4EventsTogether_TiesBySmallerKey()
    {
        AssertRating([(1, "E05", 40), (2, "C9", 30), (3, "E11", 30), (4, "E08", 25)], Rating("youth"));
    }

    // A5: 0 (missing publications) + 2·5 = 10; A2: 2 + 2·2 = 6; A4: 4 + 2·1 = 6 → tie by the pseudonymous key.
    // A1 joined before the campaign, A3 after the cut-off: not listed.
    [Fact]
    public void Ambassadors_JoinedWithinCampaign_TiesByPseudonymousKey()
    {
        var tied = new[] { BuiltTrustFederation.Pseudonym("A2"), BuiltTrustFederation.Pseudonym("A4") }.Order(StringComparer.Ordinal).ToList();

        AssertRating([(1, BuiltTrustFederation.Pseudonym("A5"), 10), (2, tied[0], 6), (3, tied[1], 6)], Rating("ambassador"));
    }
}
