namespace Analytics.Warehouse.Tests.Monitoring;

/// <summary>
/// The social barometer of <see cref="MonitoringFederation"/> at cut-off 2026-10-15, worked out by hand
/// (methodology §8, §13).
/// </summary>
[Collection(MonitoringFederationGroup.Name)]
public sealed class BarometerTests(BuiltMonitoringFederation federation)
{
    [Fact]
    public void Load_FixtureHasNoBadRows()
    {
        Assert.All(federation.Load.Files, file => Assert.Equal(0L, file.RowsQuarantined));
    }

    // A1 has its own topic (wages) whatever its text says; A2's text names the wages; A3 has no text; A4 has text
    // but no stem; A5 speaks of leave (and its phone, email and IIN were scrubbed on load).
    [Theory]
    [InlineData("A1", "wages", false)]
    [InlineData("A2", "wages", true)]
    [InlineData("A3", "other", false)]
    [InlineData("A4", "other", false)]
    [InlineData("A5", "leave", true)]
    public void AppealTopics_GivenElseLexiconElseOther(string appeal, string topic, bool classified)
    {
        var row = federation.Query<(string Topic, bool IsClassified)>(
            "select topic, is_classified from intermediate.int_appeals_topics where appeal_id = $appeal", new { appeal }).Single();

        Assert.Equal((topic, classified), row);
    }

    // Sector S1, leave, week 3 (Sep 15-21): B1..B6 (B3, B4 of P2, in S1 until 2026-10-01).
    // Answered by the cut-off: B1 1 h, B2 2 h, B3 4 h, B4 10 h (B5 never, B6 only on 2026-10-20) → 4 values, even:
    // (2 + 4) / 2 = 3. Satisfaction (5 + 3 + 4) / 3 = 4. Resolved: B1 resolved, B2 explained; B6 resolved after the
    // cut-off does not count → 2 / 6.
    // Month 1 adds A5 (week 2, unanswered) and B7 (week 4, 7 h): answered 1, 2, 4, 7, 10 → odd: 4; resolved 2 / 8.
    [Theory]
    [InlineData("week", 3, 6, 4, 3.0, 4.0, 2.0 / 6)]
    [InlineData("month", 1, 8, 5, 4.0, 4.0, 2.0 / 8)]
    [InlineData("week", 4, 1, 1, 7.0, null, 0.0)]
    public void Topics_MedianSatisfactionResolved_AsWorkedByHand(
        string kind, int period, long appeals, long answered, double median, double? satisfaction, double resolved)
    {
        var row = federation.Query<(long Appeals, long Answered, double Median, double? Satisfaction, double Resolved)>(
            """
            select appeals, answered, median_response_hours, mean_satisfaction, resolved_share from marts.mart_barometer_topics
            where period_kind = $kind and period = $period and scope = 'sector' and key = 'S1' and topic = 'leave'
            """, new { kind, period }).Single();

        Assert.Equal((appeals, answered), (row.Appeals, row.Answered));
        Assert.Equal(median, row.Median, 9);
        Assert.Equal(satisfaction, row.Satisfaction);
        Assert.Equal(resolved, row.Resolved, 12);
    }

    // Federation, housing (all at P3): week 1 none, week 2 C1-C2 = 2, week 3 C3-C5 = 3, week 4 none, week 5 C6 = 1.
    // Week 2: previous 0 → change null. Week 3: (3 − 2) / 2 = 0.5. Week 5: week 4 had none → null.
    // Month 2: (1 − 5) / 5 = −0.8.
    [Theory]
    [InlineData("week", 2, 2, null)]
    [InlineData("week", 3, 3, 0.5)]
    [InlineData("week", 5, 1, null)]
    [InlineData("month", 1, 5, null)]
    [InlineData("month", 2, 1, -0.8)]
    public void Topics_ChangeAgainstThePreviousPeriod_NullWhenPreviousZero(string kind, int period, long appeals, double? change)
    {
        var row = federation.Query<(long Appeals, double? Change)>(
            """
            select appeals, change from marts.mart_barometer_topics
            where period_kind = $kind and period = $period and scope = 'federation' and key = 'FED' and topic = 'housing'
            """, new { kind, period }).Single();

        Assert.Equal(appeals, row.Appeals);
        Assert.Equal(change is null, row.Change is null);
        if (change is { } expected)
        {
            Assert.Equal(expected, row.Change!.Value, 12);
        }
    }

    [Fact]
    public void Topics_NoRowForAPeriodWithoutTheTopic()
    {
        Assert.Empty(federation.Query<long>(
            "select appeals from marts.mart_barometer_topics where period_kind = 'week' and period = 4 and scope = 'federation' and topic = 'housing'"));
    }

    // Week 3, federation: leave B1-B6 6, housing 3, safety 4, working_time 4, wages 2 → 19; housing 3 / 19.
    [Fact]
    public void Topics_ShareOfTheScopeAndPeriod()
    {
        var share = federation.Query<double>(
            "select share from marts.mart_barometer_topics where period_kind = 'week' and period = 3 and scope = 'federation' and topic = 'housing'").Single();

        Assert.Equal(3.0 / 19, share, 12);
    }

    // P2 moved from S1 to S2 on 2026-10-01: D1 (week 4) counts for S1, D2 (week 5) for S2. Month 1 uses the
    // registry of 2026-09-30, month 2 that of the cut-off (D2, and P3's D3 and D4 → S2 3).
    [Theory]
    [InlineData("week", 4, "S1", 1L)]
    [InlineData("week", 4, "S2", null)]
    [InlineData("week", 5, "S2", 1L)]
    [InlineData("week", 5, "S1", null)]
    [InlineData("month", 1, "S1", 1L)]
    [InlineData("month", 2, "S2", 3L)]
    [InlineData("month", 2, "S1", null)]
    public void Topics_EachPeriodUsesTheRegistryAtItsEnd(string kind, int period, string sector, long? appeals)
    {
        var rows = federation.Query<long>(
            """
            select appeals from marts.mart_barometer_topics
            where period_kind = $kind and period = $period and scope = 'sector' and key = $sector and topic = 'pensions'
            """, new { kind, period, sector });

        Assert.Equal(appeals is null ? [] : [appeals.Value], rows);
    }

    // P4 closed on 2026-10-01; its appeal of week 6 still counts, grouped by its last version (S2, T2, KZ-19).
    [Theory]
    [InlineData("sector", "S2")]
    [InlineData("territorial", "T2")]
    [InlineData("region", "KZ-19")]
    [InlineData("federation", "FED")]
    public void Topics_InactiveOrganisationCountsByItsLastVersion(string scope, string key)
    {
        Assert.Equal([1L], federation.Query<long>(
            """
            select appeals from marts.mart_barometer_topics
            where period_kind = 'week' and period = 6 and scope = $scope and key = $key and topic = 'discrimination'
            """, new { scope, key }));
    }

    // E1 at 2026-10-15 23:59 local counts in week 7, which is in progress; E2 at 00:00 the next day does not.
    [Fact]
    public void Topics_WeekInProgressCountsItsDaysSoFar_LaterRecordsNever()
    {
        Assert.Equal([1L], federation.Query<long>(
            "select appeals from marts.mart_barometer_topics where period_kind = 'week' and period = 7 and scope = 'federation' and topic = 'social_support'"));
        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L, 7L], federation.Query<long>(
            "select distinct period from marts.mart_barometer_topics where period_kind = 'week' order by period"));
    }

    // Weekly counts (region = the primaries' region, sector with its primaries) and the threshold
    // mean + 2 · max(SD, 1) over the four weeks before (weeks before week 1 count 0); emerging when ≥ 5 and ≥ threshold:
    // - dismissal, P3 (S2, KZ-19): week 1 5; history 0,0,0,0 → 0 + 2 · max(0, 1) = 2 → emerging.
    // - collective_agreement, P3: week 1 4 < 5 → not.
    // - wages, P3: weeks 1..5 = 2, 6, 2, 6, 8. Week 2: history 2,0,0,0 → mean 0.5, SD √0.75 ≈ 0.87 → floored 1
    //   → 2.5 → emerging. Week 4: history 2,6,2,0 → mean 2.5, SD √4.75 ≈ 2.18 → ≈ 6.86 > 6 → not. Week 5: history
    //   6,2,6,2 → mean 4, SD 2 → 8, exactly reached → emerging.
    // - leave, S1 and KZ-75 (P1, P2): week 2 1 (A5), week 3 6 → history 1,0,0,0 → mean 0.25, SD ≈ 0.43 → floored
    //   → 2.25 → emerging.
    // - working_time, P1 (S1, KZ-75): weeks 2..6 = 3, 4, 3, 4, 6; week 6 history 4,3,4,3 → mean 3.5, SD 0.5 → floored
    //   to 1 → 5.5 → 6 emerging. safety, same history, week 6 = 5 < 5.5 → not (without the floor, 4.5 would flag it).
    [Fact]
    public void Emerging_TrailingMeanPlusTwoSdFlooredAtOne_AsWorkedByHand()
    {
        var rows = federation.Query<(long Week, string Scope, string Key, string Topic, long Appeals, double Threshold)>(
            "select week, scope, key, topic, appeals, threshold from marts.mart_barometer_emerging order by week, scope, key");

        Assert.Equal(
            [
                (1L, "region", "KZ-19", "dismissal", 5L, 2.0), (1L, "sector", "S2", "dismissal", 5L, 2.0),
                (2L, "region", "KZ-19", "wages", 6L, 2.5), (2L, "sector", "S2", "wages", 6L, 2.5),
                (3L, "region", "KZ-75", "leave", 6L, 2.25), (3L, "sector", "S1", "leave", 6L, 2.25),
                (5L, "region", "KZ-19", "wages", 8L, 8.0), (5L, "sector", "S2", "wages", 8L, 8.0),
                (6L, "region", "KZ-75", "working_time", 6L, 5.5), (6L, "sector", "S1", "working_time", 6L, 5.5),
            ],
            rows.Select(row => (row.Week, row.Scope, row.Key, row.Topic, row.Appeals, Math.Round(row.Threshold, 9))));
    }

    // Month 1, federation: wages 18 (A1, A2, P3 2 + 6 + 2 + 6), working_time 10, safety 10, leave 8, dismissal 5,
    // housing 5, collective_agreement 4, other 2, pensions 1. Ties go to the topic list's order: working_time before
    // safety, dismissal before housing. Month 2: working_time 10, safety 9, wages 8, pensions 3, then
    // social_support, housing and discrimination 1 each.
    [Theory]
    [InlineData(1, new[] { "wages", "working_time", "safety", "leave", "dismissal" })]
    [InlineData(2, new[] { "working_time", "safety", "wages", "pensions", "social_support" })]
    public void MonthlyNote_TopFiveTopics(int month, string[] topics)
    {
        Assert.Equal(topics, federation.Query<string>(
            "select topic from marts.mart_barometer_note where month = $month and scope = 'federation' and list = 'top_topics' order by rank",
            new { month }));
    }

    // Month 2 against month 1: pensions (3 − 1) / 1 = 2; working_time 0, the rest fell or had none before.
    [Fact]
    public void MonthlyNote_FastestGrowing_OnlyTopicsThatGrew()
    {
        var rows = federation.Query<(long Month, string Topic, double Change)>(
            "select month, topic, change from marts.mart_barometer_note where scope = 'federation' and list = 'fastest_growing' order by month, rank");

        Assert.Equal([(2L, "pensions", 2.0)], rows);
    }

    // Month 1: A2 and A5 of 63 appeals got their topic from the lexicon; month 2: none of 33.
    [Theory]
    [InlineData(1, 63, 2.0 / 63)]
    [InlineData(2, 33, 0.0)]
    public void MonthlyNote_ShareClassifiedByTheLexicon(int month, long appeals, double share)
    {
        var row = federation.Query<(long Appeals, double Share)>(
            "select appeals, classified_share from marts.mart_barometer_classification where month = $month and scope = 'federation'", new { month }).Single();

        Assert.Equal(appeals, row.Appeals);
        Assert.Equal(share, row.Share, 12);
    }

    [Fact]
    public void MonthlyNote_EmergingProblemsOfTheMonthsWeeks()
    {
        Assert.Equal(
            [(1L, 6L), (2L, 4L)],
            federation.Query<(long, long)>(
                "select (week - 1) // 4 + 1 as month, count(*) from marts.mart_barometer_emerging group by all order by month"));
    }
}
