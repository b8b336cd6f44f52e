namespace Analytics.Warehouse.Tests.Monitoring;

/// <summary>
/// Overdue journal entries by level at cut-off 2026-10-15 (methodology §10, §13): window entries whose response
/// deadline (low 24 h, medium 12 h, high 6 h, critical 3 h) has passed before 00:00 local on Oct 16 — 2026-10-15
/// 19:00 UTC — with no position delivered by then.
/// </summary>
[Collection(MonitoringFederationGroup.Name)]
public sealed class ThreatOverdueTests(BuiltMonitoringFederation federation)
{
    private List<(string Level, long Entries, long Passed, long Overdue)> Overdue(string org) =>
        federation.Query<(string, long, long, long)>(
            "select level, entries, deadlines_passed, overdue from marts.mart_threat_overdue where org_id = $org order by level_order",
            new { org });

    // JOV: critical at 15:59Z, due 18:59Z, undelivered → overdue; critical at 16:00Z, due 19:00Z = 00:00 local on
    // Oct 16, not before the end of the cut-off day → not due (by UTC midnight it would be); high at 10:00Z, due
    // 16:00Z, delivered 20:00Z = 01:00 local on Oct 16, not known at the cut-off → overdue; high at 06:00Z delivered
    // exactly at 12:00Z → on time; low on Oct 13 00:00Z, due Oct 14 00:00Z, undelivered → overdue.
    [Fact]
    public void AtTheDeadlineBoundary_LocalMidnight_DeliveredExactlyOnTime()
    {
        Assert.Equal(
            [("low", 1L, 1L, 1L), ("medium", 0L, 0L, 0L), ("high", 2L, 2L, 1L), ("critical", 2L, 1L, 1L)],
            Overdue("JOV"));
    }

    // JDL: ten deadlines passed; the eight delivered (on time or a minute late) are not overdue, the undelivered medium
    // is. The low one detected Oct 14 19:00Z is due at 00:00 local after the cut-off: not yet.
    [Fact]
    public void DeliveredLate_IsMissedButNotOverdue()
    {
        Assert.Equal(
            [("low", 4L, 2L, 0L), ("medium", 3L, 3L, 1L), ("high", 2L, 2L, 0L), ("critical", 3L, 3L, 0L)],
            Overdue("JDL"));
    }

    // JOLD's only entry is before the window: four rows of zeros; JPRE and JLATE have no light, hence no rows.
    [Fact]
    public void EveryLevelHasARow_OnlyForOrganisationsWithALight()
    {
        Assert.Equal([("low", 0L, 0L, 0L), ("medium", 0L, 0L, 0L), ("high", 0L, 0L, 0L), ("critical", 0L, 0L, 0L)], Overdue("JOLD"));
        Assert.Empty(Overdue("JPRE"));
        Assert.Empty(Overdue("JLATE"));
    }

    // JOV's light: 5 signs, 5 points; deadlines passed 4 (the critical at 16:00Z is not due), met 1 (the high delivered
    // at its deadline) → compliance 1 / 4.
    [Fact]
    public void TheLightsCompliance_AgreesWithTheOverdueCounts()
    {
        var row = federation.Query<(long Passed, long Met, double Compliance)>(
            "select deadlines_passed, deadlines_met, compliance from marts.mart_threat_light where org_id = 'JOV'").Single();

        Assert.Equal((4L, 1L), (row.Passed, row.Met));
        Assert.Equal(0.25, row.Compliance, 12);
    }
}
