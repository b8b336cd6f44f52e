namespace Analytics.Warehouse.Tests.Monitoring;

/// <summary>
/// The information threat traffic light of <see cref="MonitoringFederation"/> at cut-off 2026-10-15 (methodology
/// §10, §13). Window: 2026-09-16..2026-10-15 local; the cut-off day ends at 2026-10-15 19:00 UTC.
/// </summary>
[Collection(MonitoringFederationGroup.Name)]
public sealed class ThreatLightTests(BuiltMonitoringFederation federation)
{
    private (long Points, string PointsZone, string Zone, bool Regime, long Signs, string Band) Light(string org) =>
        federation.Query<(long, string, string, bool, long, string)>(
            "select points, points_zone, zone, regime, signs, signs_band from marts.mart_threat_light where org_id = $org", new { org }).Single();

    // Points: election_interference 10, coordinated_publication 5, criticism 1. Zones: green ≤ 15 < yellow ≤ 30 <
    // orange ≤ 50 < red. Signs: low ≤ 3 < medium ≤ 6 < high ≤ 10 < critical.
    [Theory]
    [InlineData("J15", 15, "green", 2, "low")]       // 10 + 5
    [InlineData("J16", 16, "yellow", 3, "low")]      // 10 + 5 + 1
    [InlineData("J30", 30, "yellow", 3, "low")]      // 3 · 10
    [InlineData("J31", 31, "orange", 4, "medium")]   // 3 · 10 + 1
    [InlineData("J50", 50, "orange", 5, "medium")]   // 5 · 10
    [InlineData("J51", 51, "red", 6, "medium")]      // 5 · 10 + 1
    [InlineData("JS7", 7, "green", 7, "high")]
    [InlineData("JS10", 10, "green", 10, "high")]
    [InlineData("JS11", 11, "green", 11, "critical")]
    public void Zone_AndSignsBand_AtEachBoundary(string org, long points, string zone, long signs, string band)
    {
        Assert.Equal((points, zone, zone, false, signs, band), Light(org));
    }

    // JRY: 16 (yellow) in a regime of 2026-10-01..31 → orange. JRR: 51 (red) in a regime of the cut-off day only →
    // stays red. JRE: the regime ended 2026-10-14 → no raise. JRP: 1 (green), a regime since 2026-08-01, before the
    // campaign, still covering the cut-off → yellow. J15's regime starts the day after the cut-off → none.
    [Theory]
    [InlineData("JRY", 16, "yellow", "orange", true)]
    [InlineData("JRR", 51, "red", "red", true)]
    [InlineData("JRE", 16, "yellow", "yellow", false)]
    [InlineData("JRP", 1, "green", "yellow", true)]
    [InlineData("J15", 15, "green", "green", false)]
    public void Regime_RaisesTheZoneOneStep_RedStaysRed(string org, long points, string pointsZone, string zone, bool regime)
    {
        var light = Light(org);

        Assert.Equal((points, pointsZone, zone, regime), (light.Points, light.PointsZone, light.Zone, light.Regime));
    }

    // 2026-09-15 18:59Z is 23:59 local on 09-15, day 30 back: out. 2026-09-15 19:00Z is 00:00 local on 09-16, day 29
    // back: in (5). 2026-10-15 18:59Z, 23:59 local on the cut-off day: in (1). 2026-10-15 19:00Z is the next local
    // day: not known yet. → 5 + 1 = 6 points, 2 signs.
    [Fact]
    public void Window_CutoffDayAnd29Before_InLocalDates()
    {
        var light = Light("JEDGE");

        Assert.Equal((6L, 2L), (light.Points, light.Signs));
    }

    // JOLD's only entry (2026-09-10) is before the window: a row with nothing in it. JPRE's is before the campaign and
    // JLATE's after the cut-off: no row.
    [Fact]
    public void Organisations_WithAnEntryByTheCutoff()
    {
        var old = federation.Query<(long Points, string Zone, long Signs, string Band, double? Compliance, double? Facts)>(
            "select points, zone, signs, signs_band, compliance, facts_6h_share from marts.mart_threat_light where org_id = 'JOLD'").Single();

        Assert.Equal((0L, "green", 0L, "low", (double?)null, (double?)null), old);
        Assert.Empty(federation.Query<string>("select org_id from marts.mart_threat_light where org_id in ('JPRE', 'JLATE')"));
    }

    // JDL, deadlines low 24 h, medium 12 h, high 6 h, critical 3 h from detected_at to delivery:
    // met exactly at the limit: low, medium, high, critical, and the cut-off day's critical entry (due 18:00Z) → 5;
    // missed by a minute: low, medium, high, critical → 4; undelivered medium past its deadline → 1 missed.
    // Not yet due (excluded): low detected 2026-10-15 10:00Z (due the next day) and low detected 2026-10-14 19:00Z,
    // due exactly at 00:00 local after the cut-off, which is not before it. → 5 / 10 = 0.5.
    [Fact]
    public void Compliance_MetAtTheLimit_MissedByAMinute_UndeliveredMissed_NotYetDueLeftOut()
    {
        var row = federation.Query<(long Passed, long Met, double Compliance, long Signs, string Band)>(
            "select deadlines_passed, deadlines_met, compliance, signs, signs_band from marts.mart_threat_light where org_id = 'JDL'").Single();

        Assert.Equal((10L, 5L, 12L, "critical"), (row.Passed, row.Met, row.Signs, row.Band));
        Assert.Equal(0.5, row.Compliance, 12);
    }

    // JM24 (all low): m1 meets every milestone exactly at 6, 12 and 24 h; m2 misses each by a minute; m3 has none;
    // m4 (detected 2026-10-15 08:00Z) collected facts at 10:00Z, its drafting (due 20:00Z) and delivery are not due
    // yet; m5 (12:00Z) has no facts, due 18:00Z → missed; its other milestones are not due.
    // facts: met m1, m4 of m1..m5 → 2 / 5; drafted: m1 of m1..m3 → 1 / 3; delivered: 1 / 3; compliance (low 24 h) 1 / 3.
    [Fact]
    public void Milestones_SharesOfThoseDue()
    {
        var row = federation.Query<(double Facts, double Drafted, double Delivered, double Compliance)>(
            "select facts_6h_share, drafted_12h_share, delivered_24h_share, compliance from marts.mart_threat_light where org_id = 'JM24'").Single();

        Assert.Equal(0.4, row.Facts, 12);
        Assert.Equal(1.0 / 3, row.Drafted, 12);
        Assert.Equal(1.0 / 3, row.Delivered, 12);
        Assert.Equal(1.0 / 3, row.Compliance, 12);
    }

    [Fact]
    public void Organisations_OnlyJournalKeepersWithAnEntryInTheCampaignByTheCutoff()
    {
        Assert.Equal(
            MonitoringFederation.JournalKeepers.Except(["JPRE", "JLATE"]).Order(StringComparer.Ordinal),
            federation.Query<string>("select org_id from marts.mart_threat_light").Order(StringComparer.Ordinal));
    }
}
