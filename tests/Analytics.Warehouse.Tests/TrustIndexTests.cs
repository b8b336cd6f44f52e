namespace Analytics.Warehouse.Tests;

/// <summary>
/// The trust index of the hand-built <see cref="Analytics.TestSupport.TrustFederation"/> (methodology §6), worked out
/// by hand at the cut-off 2026-12-10 unless said otherwise. Scores: c1 = 1 + 9·min(r/0.7, 1), c2 = 1 + 9·min(a/2, 1),
/// c3 = 10 − 9·(h − 24)/336 between 24 and 360 hours, c4 = 1 + 9·(s − 1)/4, c5 = 1 + 9·completion; index = Σ × 5 / present.
/// </summary>
[Collection(TrustFederationGroup.Name)]
public sealed class TrustIndexTests(BuiltTrustFederation federation)
{
    private sealed record Row(double? C1, double? C2, double? C3, double? C4, double? C5, long CriteriaPresent, double? Index, string? Band);

    private Row TrustIndex(string scope, string key, string period, bool early = false)
    {
        const string sql = """
            select c1, c2, c3, c4, c5, criteria_present::bigint as CriteriaPresent, index, band
            from marts.mart_trust_index where scope = $scope and key = $key and period = $period
            """;
        var rows = early ? federation.QueryEarly<Row>(sql, new { scope, key, period }) : federation.Query<Row>(sql, new { scope, key, period });
        return Assert.Single(rows);
    }

    private static void AssertScores(Row row, double? c1, double? c2, double? c3, double? c4, double? c5) =>
        TrustScoreAssert.Equal((c1, row.C1), (c2, row.C2), (c3, row.C3), (c4, row.C4), (c5, row.C5));

    // Federation, September (registry at 30.09: P1..P6 active, 1 400 members).
    // c1: reached 300 (P1) + 70 (P2) + 100 (P3) = 470 → r = 470/1400 → 1 + 9·(47/98) = 521/98.
    // c2: appeals AP1, AP2, AP3 and TA's own AT1 = 4, offline 3 + 8 + 0 = 11 → a = 100·15/1400 → 1 + 9·15/28 = 163/28.
    // c3: 2, 6, 48, ∞ → an even count: the mean of the two middle values (6 + 48)/2 = 27 → 10 − 9·3/336 = 1111/112.
    // c4: 5, 3, 2 (AT1), 4 (SV1) → s = 3.5 → 6.625. c5: mean completion (0.6 + 0.2 + 0 + 0 + 0 + 0)/6 → 1 + 9·2/15 = 2.2.
    // index = 117139/3920 = 29.8823… → 30 → strengthen.
    [Fact]
    public void Federation_EvenCountMedian_TakesTheMeanOfTheTwoMiddleValues()
    {
        var row = TrustIndex("federation", "FED", "month-1");

        AssertScores(row, 521.0 / 98, 163.0 / 28, 1111.0 / 112, 6.625, 2.2);
        Assert.Equal(117139.0 / 3920, row.Index!.Value, 9);
        Assert.Equal("strengthen", row.Band);
    }

    // Federation, November (registry at 30.11: P3 closed, 1 100 members).
    // c1: 420 + 70 + 140 + 0 + 150 = 780 → r = 0.709… ≥ 0.7 → 10.
    // c2: appeals AP6, AP7 + P6's 20 offline = 22 → a = 100·22/1100 = 2 exactly → 10.
    // c3: AP6 10 h; AP7 answered on 11.12, after the cut-off, so unanswered: 10, ∞ → the middle pair holds ∞ → h = ∞ → 1.
    // c4: AP6 4, AP7 5 (counts by received_at although answered after the cut-off), SV3 3 → 4 → 7.75.
    // c5: (1 + 0.2 + 0.2 + 0 + 0.2)/5 = 0.32 → 3.88. index = 10 + 10 + 1 + 7.75 + 3.88 = 32.63 → 33 → stable.
    [Fact]
    public void Federation_MiddleValueUnanswered_MedianIsInfiniteAndScoresOne()
    {
        var row = TrustIndex("federation", "FED", "month-3");

        AssertScores(row, 10, 10, 1, 7.75, 3.88);
        Assert.Equal(32.63, row.Index!.Value, 9);
        Assert.Equal("stable", row.Band);
    }

    // P1 to date: 6, 48, ∞ (AP3), 10 (AP4), 10 (AP6), ∞ (AP7) → sorted 6, 10, 10, 48, ∞, ∞ → (10 + 48)/2 = 29
    // → 10 − 9·5/336 = 1105/112. c2 = 1 + 9·(100·(6 + 5)/600/4)/2 = 49/16 (four months started).
    // c4: 5, 3, 4, 5, 4, 1, 3 → 25/7 → 95/14. c1: October's 420/600 = 0.7 → 10. c5: 5/5 → 10. index = 278/7 → 40 → stable.
    [Fact]
    public void Primary_ToDate_UnansweredSortLastAndMonthsStartedDivide()
    {
        var row = TrustIndex("primary", "P1", "to-date");

        AssertScores(row, 10, 49.0 / 16, 1105.0 / 112, 95.0 / 14, 10);
        Assert.Equal(278.0 / 7, row.Index!.Value, 9);
        Assert.Equal("stable", row.Band);
    }

    // SC has no primaries: c1 and c2 missing (no members), c5 missing (no active primary). Its own appeals AS1 (24 h)
    // and AS2 (never answered): 24, ∞ → ∞ → c3 = 1; AS1's rating 4 → c4 = 7.75. Two criteria: no index, no band.
    [Fact]
    public void Sector_FewerThanThreeCriteria_HasNoIndexAndNoBand()
    {
        var row = TrustIndex("sector", "SC", "to-date");

        AssertScores(row, null, null, 1, 7.75, null);
        Assert.Equal(2, row.CriteriaPresent);
        Assert.Null(row.Index);
        Assert.Null(row.Band);
    }

    // P5 has 0 members and nothing else: only c5 = 1 + 9·0 = 1.
    [Fact]
    public void Primary_WithoutMembers_MissesC1AndC2()
    {
        var row = TrustIndex("primary", "P5", "to-date");

        AssertScores(row, null, null, null, null, 1);
        Assert.Null(row.Index);
    }

    // Two criteria missing (no appeal, no rating): the index is rescaled, Σ × 5 / 3.
    // P2: c1 = 70/100 = 0.7 → 10; c2 = 100·8/100/4 = 2 → 10; c5 = 1 + 9·0.2 = 2.8 → (22.8)·5/3 = 38.
    // TB: c1 = 140/200 → 10; c2 = 100·(0 + 16)/200/4 = 2 → 10; c5 = 1 + 9·(0.2 + 0)/2 = 1.9 → 21.9·5/3 = 36.5
    //     → rounded half away from zero to 37 → stable.
    [Theory]
    [InlineData("primary", "P2", 10, 10, 2.8, 38, "stable")]
    [InlineData("primary", "P4", 10, 10, 2.8, 38, "stable")]
    [InlineData("territorial", "TB", 10, 10, 1.9, 36.5, "stable")]
    public void MissingCriteria_IndexIsRescaledToFiveCriteria(string scope, string key, double c1, double c2, double c5, double index, string band)
    {
        var row = TrustIndex(scope, key, "to-date");

        AssertScores(row, c1, c2, null, null, c5);
        Assert.Equal(3, row.CriteriaPresent);
        Assert.Equal(index, row.Index!.Value, 9);
        Assert.Equal(band, row.Band);
    }

    // TA's own appeal AT1 (2 h, rating 2) counts for TA and the federation, never for the region KZ-75 (same primaries).
    // September, 900 members, 15 (TA) or 14 (KZ-75) appeals with offline: c2 = 1 + 9·(1500/900)/2 = 8.5 or 1 + 9·(1400/900)/2 = 8.
    // c3: TA 2, 6, 48, ∞ → 27 → 1111/112; KZ-75 6, 48, ∞ → 48 → 131/14. c4: TA 14/4 → 6.625; KZ-75 12/3 → 7.75.
    [Theory]
    [InlineData("territorial", "TA", 8.5, 1111.0 / 112, 6.625)]
    [InlineData("region", "KZ-75", 8.0, 131.0 / 14, 7.75)]
    public void UnionsOwnAppeal_CountsForItsTerritoryNotForTheRegion(string scope, string key, double c2, double c3, double c4)
    {
        var row = TrustIndex(scope, key, "month-1");

        AssertScores(row, 44.0 / 7, c2, c3, c4, 3.4);
    }

    // AP3 at 23:30 local on 30.09 (18:30 UTC) is September's; AP4 at 19:30 UTC on 30.09 is 00:30 local on 1.10, October's;
    // AP0 at 23:30 local on 31.08 is before the campaign and counts nowhere: to date AP1-AP4, AP6, AP7 = 6.
    [Theory]
    [InlineData("month-1", 3)]
    [InlineData("month-2", 1)]
    [InlineData("to-date", 6)]
    public void Appeals_DatedByLocalDayAtMonthEdge(string period, long appeals)
    {
        Assert.Equal(appeals, federation.Query<long>(
            "select appeals_received from intermediate.int_trust_index_figures where scope = 'primary' and key = 'P1' and period = $period",
            new { period }).Single());
    }

    // To date: P1's six appeals, TA's own AT1 and SC's own AS1, AS2. The federation counts all 9; SC its own 2;
    // the regions only the primaries' 6.
    [Theory]
    [InlineData("federation", 9)]
    [InlineData("sector", 6 + 2)]
    [InlineData("territorial", 6 + 1)]
    [InlineData("region", 6)]
    public void Appeals_UnionsOwnCountForTheirScopeAndTheFederationOnly(string scope, long appeals)
    {
        Assert.Equal(appeals, federation.Query<long>(
            "select sum(appeals_received)::bigint from intermediate.int_trust_index_figures where scope = $scope and period = 'to-date'",
            new { scope }).Single());
    }

    // P1, October: the only rating is SV2's 1 (answered at 20:00 UTC on 30.09 = 01:00 local on 1.10) → c4 = 1.
    [Fact]
    public void Survey_DatedByLocalDayAtMonthEdge()
    {
        Assert.Equal(1.0, TrustIndex("primary", "P1", "month-2").C4!.Value, 9);
    }

    [Fact]
    public void Periods_OnlyMonthsStartedAndToDate()
    {
        Assert.Equal(["month-1", "month-2", "to-date"],
            federation.QueryEarly<string>("select period from marts.mart_trust_index where scope = 'federation' order by period"));
        Assert.Equal(["month-1", "month-2", "month-3", "month-4", "to-date"],
            federation.Query<string>("select period from marts.mart_trust_index where scope = 'federation' order by period"));
    }

    // P3 closed on 1.11: it has rows while active (month-1, month-2), none afterwards; P1..P6 except P3 at the cut-off.
    [Fact]
    public void Primaries_OnlyActiveOnesHaveRows()
    {
        Assert.Equal(["month-1", "month-2"],
            federation.Query<string>("select period from marts.mart_trust_index where scope = 'primary' and key = 'P3' order by period"));
        Assert.Equal(["P1", "P2", "P4", "P5", "P6"],
            federation.Query<string>("select key from marts.mart_trust_index where scope = 'primary' and period = 'to-date' order by key"));
    }
}
