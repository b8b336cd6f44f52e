using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.TestSupport;
using Analytics.Warehouse.Runner;
using Dapper;

namespace Analytics.Warehouse.Tests;

/// <summary>
/// Figures of the hand-built federation (tests/Analytics.TestSupport/SmallFederation.cs) at cut-off 2026-10-15,
/// worked out by hand. Campaign: 2026-09..2026-12. Active primaries at the cut-off: P1, P2, P3 (400 members since
/// 2026-10-01), P4; P5 is closed.
/// </summary>
public sealed class CampaignModelsTests(BuiltSmallFederation federation) : IClassFixture<BuiltSmallFederation>
{
    [Fact]
    public void Load_FixtureHasNoBadRows()
    {
        Assert.All(federation.Load.Files, file => Assert.Equal(0L, file.RowsQuarantined));
    }

    // P1: unified_day E1, meeting E2, help story C1, legal aid E3, because E4 (on the cut-off day) → 5/5 = 1.
    // P2: unified_day E5; meeting E6 is after the cut-off; C2 is a draft and C5 was submitted 2026-10-15 19:30 UTC
    //     = 2026-10-16 00:30 local, after the cut-off; legal aid and because from its September report → 3/5 = 0.6.
    // P3: E8 is before the campaign; C4 submitted 2026-08-31 19:30 UTC = 2026-09-01 00:30 local counts (C3 at
    //     23:30 local on 08-31 does not) → help story only → 1/5 = 0.2.
    // P4: unified_day, meeting, legal aid and because events, no case → 4/5 = 0.8.
    [Theory]
    [InlineData("P1", true, true, true, true, true, 1.0)]
    [InlineData("P2", true, false, false, true, true, 0.6)]
    [InlineData("P3", false, false, true, false, false, 0.2)]
    [InlineData("P4", true, true, false, true, true, 0.8)]
    public void MinStandard_EachItemAndCompletion_AsWorkedByHand(string org, bool unified, bool meeting, bool help, bool legal, bool because, double completion)
    {
        var row = federation.Query<(bool, bool, bool, bool, bool, double)>(
            "select unified_day, meeting, help_story, legal_aid_day, because_action, completion from marts.mart_min_standard where org_id = $org",
            new { org }).Single();

        Assert.Equal((unified, meeting, help, legal, because), (row.Item1, row.Item2, row.Item3, row.Item4, row.Item5));
        Assert.Equal(completion, row.Item6, 12);
    }

    [Fact]
    public void MinStandard_InactivePrimary_HasNoRow()
    {
        Assert.Empty(federation.Query<string>("select org_id from marts.mart_min_standard where org_id = 'P5'"));
    }

    // S1 = mean(P1 1.0, P2 0.6) = 0.8 → exactly 80 %, which is yellow (green needs more than 80).
    // S2 = mean(P3 0.2, P4 0.8) = 0.5 → exactly 50 %, which is yellow.
    // T1 = (1.0 + 0.6 + 0.2 + 0.8) / 4 = 0.65 → yellow; KZ-75 = 0.8 yellow; KZ-19 = 0.5 yellow; federation = 0.65.
    // Primaries: P1 100 % green, P2 60 % yellow, P3 20 % red, P4 80 % yellow.
    [Theory]
    [InlineData("sector", "S1", 0.8, "yellow", 2)]
    [InlineData("sector", "S2", 0.5, "yellow", 2)]
    [InlineData("territorial", "T1", 0.65, "yellow", 4)]
    [InlineData("region", "KZ-75", 0.8, "yellow", 2)]
    [InlineData("region", "KZ-19", 0.5, "yellow", 2)]
    [InlineData("federation", "FED", 0.65, "yellow", 4)]
    [InlineData("primary", "P1", 1.0, "green", 1)]
    [InlineData("primary", "P2", 0.6, "yellow", 1)]
    [InlineData("primary", "P3", 0.2, "red", 1)]
    [InlineData("primary", "P4", 0.8, "yellow", 1)]
    public void CampaignMap_ColourAtBoundaries_AsWorkedByHand(string scope, string key, double completion, string colour, long primaries)
    {
        var row = federation.Query<(double Completion, string Colour, long Primaries)>(
            "select completion, colour, primaries from marts.mart_campaign_map where scope = $scope and key = $key", new { scope, key }).Single();

        Assert.Equal(completion, row.Completion, 12);
        Assert.Equal((colour, primaries), (row.Colour, row.Primaries));
    }

    // F1: reached from the latest report by the cut-off month (P2's November report does not count; P1's September
    //     report was re-submitted, 50 replacing 40, but October's 80 is later): P1 min(100, 80) = 80, P2 min(300, 120)
    //     = 120, P3 min(400, 350) = 350, P4 0 → 550 / (100 + 300 + 400 + 0) = 550 / 800 = 0.6875 < 0.7, not met.
    // F2: E1-E5, E7, E9-E13 and E14 of the closed P5 = 12 (E6 after the cut-off, E8 before the campaign) < 10 000.
    // F3: C1 and C4 = 2. F4: P1 Sep 0+5+10 + P1 Oct 3+0+0 + P2 Sep 4+2+0 + P3 Oct 0+0+20 = 15 + 3 + 6 + 20 = 44.
    [Theory]
    [InlineData("F1", 0.6875, 0.7, false)]
    [InlineData("F2", 12, 10000, false)]
    [InlineData("F3", 2, 5000, false)]
    [InlineData("F4", 44, 50000, false)]
    public void FederationKpis_AsWorkedByHand(string kpi, double value, double target, bool met)
    {
        var row = federation.Query<(double Value, double Target, bool Applicable, bool Met)>(
            "select value, target, applicable, met from marts.mart_kpi where level = 'federation' and kpi_id = $kpi", new { kpi }).Single();

        Assert.Equal(value, row.Value, 12);
        Assert.Equal((target, true, met), (row.Target, row.Applicable, row.Met));
    }

    [Fact]
    public void PrimaryKpis_AreTheMinimumStandardItems()
    {
        var rows = federation.Query<(string Kpi, double Value, bool Met)>(
            "select kpi_id, value, met from marts.mart_kpi where level = 'primary' and org_id = 'P2' order by kpi_id");

        Assert.Equal(
            [("P0", 0.6, false), ("P1", 1, true), ("P2", 0, false), ("P3", 0, false), ("P4", 1, true), ("P5", 1, true)],
            rows.Select(row => (row.Kpi, Math.Round(row.Value, 12), row.Met)));
    }

    // Month 1 (registry at 2026-09-30): P1..P4 active, P1 and P2 reported → 2/4 = 0.5; S1 2/2 = 1; S2 0/2 = 0.
    // Month 2 (registry at the cut-off): P1 and P3 reported → 2/4 = 0.5; S1 1/2; S2 1/2.
    [Theory]
    [InlineData(1, "federation", "FED", 4, 2, 0.5)]
    [InlineData(1, "sector", "S1", 2, 2, 1.0)]
    [InlineData(1, "sector", "S2", 2, 0, 0.0)]
    [InlineData(2, "federation", "FED", 4, 2, 0.5)]
    [InlineData(2, "sector", "S1", 2, 1, 0.5)]
    [InlineData(2, "region", "KZ-19", 2, 1, 0.5)]
    public void Completeness_AsWorkedByHand(int month, string scope, string key, long active, long reported, double share)
    {
        var row = federation.Query<(long Active, long Reported, double Share)>(
            "select active_primaries, reported, share from marts.mart_completeness where month = $month and scope = $scope and key = $key",
            new { month, scope, key }).Single();

        Assert.Equal((active, reported), (row.Active, row.Reported));
        Assert.Equal(share, row.Share, 12);
    }

    [Fact]
    public void Completeness_MonthsNotStarted_HaveNoRows()
    {
        Assert.Equal([1L, 2L], federation.Query<long>("select distinct month from marts.mart_completeness order by month"));
    }

    // Days 1-7 of a month are its first week, 8-14 the second, 15-21 the third, 22 to the end the fourth.
    [Theory]
    [InlineData("2026-09-01", 1, 1)]
    [InlineData("2026-09-07", 1, 1)]
    [InlineData("2026-09-08", 1, 2)]
    [InlineData("2026-09-22", 1, 4)]
    [InlineData("2026-09-30", 1, 4)]
    [InlineData("2026-10-15", 2, 7)]
    [InlineData("2026-12-31", 4, 16)]
    public void Calendar_MonthAndWeekOfDay(string day, int month, int week)
    {
        var row = federation.Query<(long Month, long Week)>(
            "select campaign_month, campaign_week from marts.dim_campaign_days where day = $day::date", new { day }).Single();

        Assert.Equal((month, week), ((int)row.Month, (int)row.Week));
    }

    [Fact]
    public void Organisations_RegistryChangeMidCampaign_UsesVersionInForceAtCutoff()
    {
        Assert.Equal(400L, federation.Query<long>("select members from marts.dim_organisations where org_id = 'P3'").Single());
    }

    // P3's second version starts on 2026-10-01, the day after September's last: September keeps the first, and each
    // period has exactly one version of P3.
    [Theory]
    [InlineData("month-1", 600)]
    [InlineData("month-2", 400)]
    [InlineData("to-date", 400)]
    public void Organisations_RegistryChangeMidCampaign_EachPeriodUsesTheVersionInForceAtItsEnd(string period, long members)
    {
        Assert.Equal(members, federation.Query<long>(
            "select members from intermediate.int_organisations_in_force where org_id = 'P3' and period = $period", new { period }).Single());
    }

    // Built at 2026-10-01, October ends on the first day of P3's second version: October has that version alone.
    [Fact]
    public void Organisations_PeriodEndingOnTheDayANewVersionStarts_UsesTheNewVersionAlone()
    {
        using var warehouse = new TemporaryWarehouse();
        SmallFederation.WriteTo(warehouse);
        new BatchLoader(warehouse.Database, new PseudonymKey("test-secret-of-sixteen-or-more")).Load(warehouse.Inbox);
        using var connection = warehouse.Database.Open();
        ModelRunner.Shipped().Build(connection, new DateOnly(2026, 10, 1), "test");

        var members = connection.Query<(string Period, long Members)>(
            "select period, members from intermediate.int_organisations_in_force where org_id = 'P3' order by period").ToList();

        Assert.Equal([("month-1", 600L), ("month-2", 400L), ("to-date", 400L)], members);
    }
}
