namespace Analytics.Warehouse.Tests.Monitoring;

/// <summary>The media panel of <see cref="MonitoringFederation"/> at cut-off 2026-10-15 (methodology §9).</summary>
[Collection(MonitoringFederationGroup.Name)]
public sealed class MediaPanelTests(BuiltMonitoringFederation federation)
{
    // Week 2: M1 (P1 telegram text, reach 100, views 50), M2 (P1 telegram video, reach 300, engagements 10),
    // M3 (P3 telegram video, reach 200, neither views nor engagements), M4 (S1's own website text, 1000, 400, 5),
    // M5 (T1's own instagram photo, 50).
    // Federation telegram: 3 publications, 2 videos, reach 600, views only M1's 50, engagements only M2's 10.
    // S2 telegram: M3 alone → views and engagements null (none present). Region KZ-75: P1's M1 and M2, never the
    // unions' own M4 and M5. T1: M1, M2 and its own M5.
    [Theory]
    [InlineData("federation", "FED", "telegram", 3, 2, 600, 50L, 10L)]
    [InlineData("sector", "S1", "telegram", 2, 1, 400, 50L, 10L)]
    [InlineData("sector", "S1", "website", 1, 0, 1000, 400L, 5L)]
    [InlineData("sector", "S2", "telegram", 1, 1, 200, null, null)]
    [InlineData("region", "KZ-75", "telegram", 2, 1, 400, 50L, 10L)]
    [InlineData("territorial", "T1", "instagram", 1, 0, 50, null, null)]
    [InlineData("territorial", "T2", "telegram", 1, 1, 200, null, null)]
    public void Panel_Week2_SumsOfPresentValues(string scope, string key, string platform, long publications, long videos, long reach, long? views, long? engagements)
    {
        var row = federation.Query<(long Publications, long Videos, long Reach, long? Views, long? Engagements)>(
            """
            select publications, videos, reach, views, engagements from marts.mart_media_panel
            where period_kind = 'week' and period = 2 and scope = $scope and key = $key and platform = $platform
            """, new { scope, key, platform }).Single();

        Assert.Equal((publications, videos, reach, views, engagements), row);
    }

    [Fact]
    public void Panel_UnionsOwnPublicationsNeverCountForARegion()
    {
        Assert.Empty(federation.Query<string>(
            "select platform from marts.mart_media_panel where scope = 'region' and platform in ('website', 'instagram')"));
    }

    // M6 of P2 (2026-10-02, week 5) counts for S2, where P2 belongs from 2026-10-01. M7 (2026-10-16 00:00 local) is
    // after the cut-off.
    [Fact]
    public void Panel_RegistryAtThePeriodsEnd_AndNothingAfterTheCutoff()
    {
        Assert.Equal(
            [("month", 2L, "S2", "youtube", 1L)],
            federation.Query<(string, long, string, string, long)>(
                "select period_kind, period, key, platform, publications from marts.mart_media_panel where scope = 'sector' and period_kind = 'month' and period = 2"));
        Assert.Equal(1L, federation.Query<long>(
            "select sum(publications)::bigint from marts.mart_media_panel where scope = 'federation' and period_kind = 'month' and period = 2").Single());
    }

    // Best first (M3), then by reach: M4 1000, M2 300, M1 100, M5 50.
    [Fact]
    public void Best_MarkedBestFirstThenByReach()
    {
        Assert.Equal(
            ["M3", "M4", "M2", "M1", "M5"],
            federation.Query<string>(
                "select publication_id from marts.mart_media_best where period_kind = 'week' and period = 2 and scope = 'federation' order by rank"));
    }

    // Week 2: S1 3 publications (M1, M2, M4), reach 1400; S2 1 (M3), 200. T1 3 (M1, M2, M5), 450; T2 1, 200.
    [Theory]
    [InlineData("sector", "S1", 3, 1400, 1, 1)]
    [InlineData("sector", "S2", 1, 200, 2, 2)]
    [InlineData("territorial", "T1", 3, 450, 1, 1)]
    [InlineData("territorial", "T2", 1, 200, 2, 2)]
    public void MostActive_ByPublicationsAndByReach(string scope, string key, long publications, long reach, long byPublications, long byReach)
    {
        var row = federation.Query<(long, long, long, long)>(
            """
            select publications, reach, rank_by_publications, rank_by_reach from marts.mart_media_most_active
            where period_kind = 'week' and period = 2 and scope = $scope and key = $key
            """, new { scope, key }).Single();

        Assert.Equal((publications, reach, byPublications, byReach), row);
    }
}
