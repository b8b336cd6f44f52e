namespace Analytics.Warehouse.Tests.Monitoring;

/// <summary>
/// The threat traffic light week by week (methodology §10, history) of <see cref="MonitoringFederation"/> at cut-off
/// 2026-10-15: as of the last day of weeks 1–6 (Sep 7, 14, 21, 30, Oct 7, 14) and of the cut-off for week 7, in
/// progress; the window is the as-of day and the 29 days before it; zones green ≤ 15 &lt; yellow ≤ 30 &lt; orange ≤ 50
/// &lt; red.
/// </summary>
[Collection(MonitoringFederationGroup.Name)]
public sealed class ThreatHistoryTests(BuiltMonitoringFederation federation)
{
    private List<(long Week, string AsOf, long Points, string Zone, bool Regime)> History(string org) =>
        federation.Query<(long, string, long, string, bool)>(
            "select week, strftime(as_of, '%Y-%m-%d'), points, zone, regime from marts.mart_threat_history where org_id = $org order by week",
            new { org });

    // JHREG: 10 + 5 + 1 = 16 (yellow) on Sep 24, in every window from week 4 on. A regime from Sat Oct 4 (mid week 5)
    // to Fri Oct 10 (mid week 6): it covers Oct 7, so week 5 is raised to orange; it no longer covers Oct 14, so
    // week 6 is yellow again. Weeks 1–3 end before the first entry: no rows.
    [Fact]
    public void ARegimeStartingMidWeek_RaisesThatWeek_EndingMidWeek_DoesNot()
    {
        Assert.Equal(
            [
                (4L, "2026-09-30", 16L, "yellow", false),
                (5L, "2026-10-07", 16L, "orange", true),
                (6L, "2026-10-14", 16L, "yellow", false),
                (7L, "2026-10-15", 16L, "yellow", false),
            ],
            History("JHREG"));
    }

    // JHROLL: 51 on Sep 15 and 5 on Sep 21. Week 3 (as of Sep 21, window Aug 23..Sep 21) to week 6 (as of Oct 14,
    // window Sep 15..Oct 14): 56, red. Week 7 is in progress: as of the cut-off Oct 15, window Sep 16..Oct 15, the
    // Sep 15 entries are out and Sep 21's 5 is in → 5, green (as of the week's last day, Oct 21, it would be 0).
    [Fact]
    public void TheWeekInProgress_IsAsOfTheCutoff()
    {
        Assert.Equal(
            [
                (3L, "2026-09-21", 56L, "red", false),
                (4L, "2026-09-30", 56L, "red", false),
                (5L, "2026-10-07", 56L, "red", false),
                (6L, "2026-10-14", 56L, "red", false),
                (7L, "2026-10-15", 5L, "green", false),
            ],
            History("JHROLL"));
    }

    // JHLATE's first entry comes on Oct 9 (week 6): no row for weeks 1–5; week 6: 10, green; week 7 adds 10 + 5 on
    // the cut-off day: 25, yellow.
    [Fact]
    public void AUnionWhoseFirstEntryComesLate_HasRowsFromThatWeekOn()
    {
        Assert.Equal(
            [
                (6L, "2026-10-14", 10L, "green", false),
                (7L, "2026-10-15", 25L, "yellow", false),
            ],
            History("JHLATE"));
    }

    // JRP: 1 point on Oct 1 and a regime 2026-08-01..12-31 covering every week's end: from week 5, yellow.
    // JOLD: 10 on Sep 10 — week 2 (window Aug 16..Sep 14) to week 5 (window Sep 8..Oct 7): 10; then 0. Both green.
    [Fact]
    public void ARegimeCoveringEveryWeek_AndAnEntryLeavingTheWindow()
    {
        Assert.Equal([(5L, "2026-10-07", 1L, "yellow", true), (6L, "2026-10-14", 1L, "yellow", true), (7L, "2026-10-15", 1L, "yellow", true)], History("JRP"));
        Assert.Equal(
            [10L, 10L, 10L, 10L, 0L, 0L],
            History("JOLD").Select(row => row.Points));
        Assert.Equal(2L, History("JOLD")[0].Week);
    }

    // The week in progress is the light at the cut-off, organisation by organisation; JPRE (before the campaign) and
    // JLATE (after the cut-off) have no row in any week;
    // week 1 has none either: the first entry of the campaign is JOLD's, on Sep 10 (week 2).
    [Fact]
    public void TheLastWeek_IsTheLight_AndOnlyOrganisationsWithAnEntryInTheCampaign()
    {
        var lastWeek = federation.Query<(string, double, string, bool)>(
            "select org_id, points, zone, regime from marts.mart_threat_history where week = 7 order by org_id");
        var light = federation.Query<(string, double, string, bool)>(
            "select org_id, points, zone, regime from marts.mart_threat_light order by org_id");

        Assert.Equal(light, lastWeek);
        Assert.Empty(federation.Query<string>("select org_id from marts.mart_threat_history where org_id in ('JPRE', 'JLATE')"));
        Assert.Equal([2L, 3L, 4L, 5L, 6L, 7L], federation.Query<long>("select distinct week from marts.mart_threat_history order by week"));
    }
}
