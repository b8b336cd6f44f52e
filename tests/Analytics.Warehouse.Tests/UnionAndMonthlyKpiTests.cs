namespace Analytics.Warehouse.Tests;

/// <summary>
/// KPIs F1-F5, S1-S5, T1-T4 and M1-M4 (methodology §5) of the hand-built
/// <see cref="Analytics.TestSupport.TrustFederation"/>, at the cut-offs 2026-12-10 (months 1-3 complete, month 4 in
/// progress) and 2026-10-15 (month 2 in progress). At 2026-12-10 P3 is closed (since 1.11): its records still count
/// for SA and TB, its members and participation do not.
/// </summary>
[Collection(TrustFederationGroup.Name)]
public sealed class UnionAndMonthlyKpiTests(BuiltTrustFederation federation)
{
    private sealed record Kpi(double? Value, double Target, bool Applicable, bool? Met);

    private const string Sql = "select value, target, applicable, met from marts.mart_kpi where kpi_id = $kpi and org_id = $org";

    private static void AssertKpi(Kpi row, double? value, double target, bool? met)
    {
        Assert.Equal(target, row.Target, 9);
        Assert.Equal(met, row.Met);
        if (value is null)
        {
            Assert.Null(row.Value);
            Assert.False(row.Applicable);
        }
        else
        {
            Assert.True(row.Applicable);
            Assert.Equal(value.Value, row.Value!.Value, 9);
        }
    }

    // F1: reach at the cut-off 420 (P1) + 70 (P2) + 140 (P4) + 0 (P5) + 150 (P6) = 780 / 1 100 members = 0.709… ≥ 0.7.
    // F2: E01-E18 except E14 (11.12, after the cut-off) = 17. F3: counted cases C1, C2, C3, C5, C6, C9 = 6 (C7 is a draft).
    // F4: only P1's September report has service participants: 10 reception visitors.
    // F5: federation TI month 1 = 117139/3920 (29.88), month 3 (the last complete month) = 32.63 (TrustIndexTests)
    //     → (32.63 − 29.8824)/29.8824 = 53853/585695 = 0.0919… < 0.1.
    // S1: SA: P1, P2 organised events → 2/2; SB: P4, P6 of P4, P5, P6 → 2/3; SC has no primaries → not applicable.
    // S2: SA's only large primary (≥ 500) P1 has cases → 1/1; SB (200, 0, 200) and SC have none → not applicable.
    // S3: SA's forum E13 → 1; SB's forum E14 is after the cut-off → 0.
    // S4: best practices SA: C1, C2, C6 (P1) and C3 of the closed P3 → 4 < 5; SB: its own C5 → 1.
    // S5: project-4 events SA: E05 (P1 because_action), E08 (P3 youth_initiative) → 2; SB: E11 day_with_union → 1; SC 0.
    // T1: TA: P1, P2, P6 → 3/3; TB: P4 of P4, P5 → 1/2. T2: TA's E15 → 1; TB 0.
    // T3 (target = 4 months started): TA legal aid in months 1 (E03) and 3 (E06) → 2; TB months 1 (E16), 2 (E17) → 2.
    // T4 (project 3): TA 0; TB: E09 of the closed P3 and its own E18 → 2.
    // M1: registry at 30.09, P1..P6 active; unified days in September P1 (E02), P2 (E07) → 2/6.
    // M2: registry at 31.10 (P3 still active); October participants P1, P3, P4; with an October case P1 (C2), P3 (C3) → 2/3.
    // M3: registry at 30.11: SA, SB, SC, TA, TB; a project-3 event in November: E09 of P3 (closed, still counts) for SA
    //     and TB → 2/5.
    // M4: in progress, to 10.12: sector unions SA (A1 joined before the campaign, A2, A4), SB (A5), SC none; A3 joins
    //     after the cut-off → 2/3.
    [Theory]
    [InlineData("F1", "FED", 780.0 / 1100, 0.7, true)]
    [InlineData("F2", "FED", 17.0, 10000, false)]
    [InlineData("F3", "FED", 6.0, 5000, false)]
    [InlineData("F4", "FED", 10.0, 50000, false)]
    [InlineData("F5", "FED", 53853.0 / 585695, 0.1, false)]
    [InlineData("S1", "SA", 1.0, 0.8, true)]
    [InlineData("S1", "SB", 2.0 / 3, 0.8, false)]
    [InlineData("S1", "SC", null, 0.8, null)]
    [InlineData("S2", "SA", 1.0, 1, true)]
    [InlineData("S2", "SB", null, 1, null)]
    [InlineData("S2", "SC", null, 1, null)]
    [InlineData("S3", "SA", 1.0, 1, true)]
    [InlineData("S3", "SB", 0.0, 1, false)]
    [InlineData("S4", "SA", 4.0, 5, false)]
    [InlineData("S4", "SB", 1.0, 5, false)]
    [InlineData("S5", "SA", 2.0, 1, true)]
    [InlineData("S5", "SB", 1.0, 1, true)]
    [InlineData("S5", "SC", 0.0, 1, false)]
    [InlineData("T1", "TA", 1.0, 0.8, true)]
    [InlineData("T1", "TB", 0.5, 0.8, false)]
    [InlineData("T2", "TA", 1.0, 1, true)]
    [InlineData("T2", "TB", 0.0, 1, false)]
    [InlineData("T3", "TA", 2.0, 4, false)]
    [InlineData("T3", "TB", 2.0, 4, false)]
    [InlineData("T4", "TA", 0.0, 1, false)]
    [InlineData("T4", "TB", 2.0, 1, true)]
    [InlineData("M1", "FED", 2.0 / 6, 0.7, false)]
    [InlineData("M2", "FED", 2.0 / 3, 1, false)]
    [InlineData("M3", "FED", 2.0 / 5, 1, false)]
    [InlineData("M4", "FED", 2.0 / 3, 1, false)]
    public void Kpi_AtCutoffInMonth4_AsWorkedByHand(string kpi, string org, double? value, double target, bool? met)
    {
        AssertKpi(Assert.Single(federation.Query<Kpi>(Sql, new { kpi, org })), value, target, met);
    }

    // At 2026-10-15 month 2 is in progress: F5 waits for month 2 to complete; M3 and M4 have not started.
    // M2 to the cut-off: October participants by 15.10 P1 (E04), P3 (E08), P4 (E10); a case by then only P1's C2 → 1/3.
    // T3's target is the 2 months started: TB had legal aid days in both (E16, E17) → met; TA only in month 1 → 1.
    // S1 with P3 still active: SA P1, P2, P3 → 1; SB only P4 (P6's first event is in November) → 1/3.
    [Theory]
    [InlineData("F5", "FED", null, 0.1, null)]
    [InlineData("M2", "FED", 1.0 / 3, 1, false)]
    [InlineData("M3", "FED", null, 1, null)]
    [InlineData("M4", "FED", null, 1, null)]
    [InlineData("T3", "TA", 1.0, 2, false)]
    [InlineData("T3", "TB", 2.0, 2, true)]
    [InlineData("S1", "SB", 1.0 / 3, 0.8, false)]
    [InlineData("S2", "SB", null, 1, null)]
    public void Kpi_AtCutoffInMonth2_NotApplicableOrToTheCutoff(string kpi, string org, double? value, double target, bool? met)
    {
        AssertKpi(Assert.Single(federation.QueryEarly<Kpi>(Sql, new { kpi, org })), value, target, met);
    }

    [Fact]
    public void MonthlyKpis_HaveLevelFederationAndTheFederationsId()
    {
        Assert.Equal(["M1 federation FED", "M2 federation FED", "M3 federation FED", "M4 federation FED"],
            federation.QueryEarly<string>("select kpi_id || ' ' || level || ' ' || org_id from marts.mart_kpi where kpi_id like 'M%' order by kpi_id"));
    }

    // F5's rule per complete month (mart_trust_growth), federation: month 1 has no growth (nothing to grow from);
    // month 3 = (32.63 − 117139/3920) / (117139/3920) = 53853/585695, the F5 above. Month 2's index is the one its
    // row compares with month 1's, so a monthly report of month 2 shows that month's growth, not the last one's.
    [Fact]
    public void TrustGrowth_Federation_FromMonthOneToEachCompleteMonth()
    {
        var rows = federation.Query<(long Month, double? FirstIndex, double? MonthIndex, double? Growth)>(
            "select month, first_index, month_index, growth from marts.mart_trust_growth where scope = 'federation' order by month");

        Assert.Equal([1L, 2L, 3L], rows.Select(r => r.Month));
        Assert.Null(rows[0].Growth);
        Assert.Equal(117139.0 / 3920, rows[0].FirstIndex!.Value, 9);
        Assert.Equal(53853.0 / 585695, rows[2].Growth!.Value, 9);
        Assert.Equal((rows[1].MonthIndex!.Value - rows[1].FirstIndex!.Value) / rows[1].FirstIndex!.Value, rows[1].Growth!.Value, 9);
    }
}
