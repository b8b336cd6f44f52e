namespace Analytics.Etl.Tests;

/// <summary>The confirmations dataset as JSON Lines: only sector unions and territorial associations confirm.</summary>
public sealed class ConfirmationsLoadTests : LoadingTestBase
{
    [Fact]
    public void Load_JsonLines_AUnionsConfirmationLoads_APrimarysIsQuarantinedWithTheRule()
    {
        WriteRegistry();
        Warehouse.Write("confirmations_2026-10.jsonl",
            """{"confirmation_id":"CF1","org_id":"T1","period":"2026-09","status":"returned","confirmed_at":"02.10.2026 18:00","confirmed_by":"Ахметов Б.","comment":"неполные отчёты"}""",
            """{"confirmation_id":"CF2","org_id":"P2","period":"2026-09","status":"confirmed","confirmed_at":"2026-10-03T10:00:00+05:00"}""");

        var result = LoadFile("confirmations_2026-10.jsonl");

        Assert.Equal((2L, 1L, 1L), (result.RowsRead, result.RowsLoaded, result.RowsQuarantined));
        var bad = Assert.Single(result.Examples);
        Assert.Equal((2L, "org_id"), (bad.Row, bad.Column));
        Assert.Contains("sector", Query<string>("select reason from raw.quarantine where dataset = 'confirmations'").Single(), StringComparison.Ordinal);
        // 18:00 local without an offset is 13:00 UTC.
        Assert.Equal(new DateTime(2026, 10, 2, 13, 0, 0), Query<DateTime>("select confirmed_at from raw.confirmations").Single());
    }

    [Fact]
    public void Load_JsonLines_AFieldGivenTwice_IsQuarantinedNamingIt()
    {
        WriteRegistry();
        Warehouse.Write("confirmations_2026-10.jsonl",
            """{"confirmation_id":"CF1","org_id":"T1","period":"2026-09","status":"returned","STATUS":"confirmed","confirmed_at":"2026-10-03T10:00:00+05:00"}""",
            """{"confirmation_id":"CF2","org_id":"S1","period":"2026-09","status":"confirmed","confirmed_at":"2026-10-03T10:00:00+05:00"}""");

        var result = LoadFile("confirmations_2026-10.jsonl");

        Assert.Equal((2L, 1L, 1L), (result.RowsRead, result.RowsLoaded, result.RowsQuarantined));
        Assert.Contains("«STATUS» задано дважды", Query<string>("select reason from raw.quarantine where dataset = 'confirmations'").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PeriodOutsideTheCampaign_IsQuarantinedNamingThePeriod()
    {
        // The campaign runs four months from 2026-09: September to December 2026, both ends included.
        WriteRegistry();
        Warehouse.Write("confirmations.csv",
            "confirmation_id,org_id,period,status,confirmed_at",
            "CF1,S1,2026-08,confirmed,2026-09-02 10:00",
            "CF2,S1,2026-09,confirmed,2026-10-02 10:00",
            "CF3,T1,2026-12,confirmed,2027-01-02 10:00",
            "CF4,T1,2027-01,confirmed,2027-02-02 10:00");

        var result = LoadFile("confirmations.csv");

        Assert.Equal((4L, 2L, 2L), (result.RowsRead, result.RowsLoaded, result.RowsQuarantined));
        Assert.Equal(["CF2", "CF3"], Query<string>("select confirmation_id from raw.confirmations order by confirmation_id"));
        var quarantined = Query<(long Row, string Column, string Value, string Code)>(
            "select source_row, column_name, value, reason_code from raw.quarantine where dataset = 'confirmations' order by source_row");
        Assert.Equal([(2L, "period", "2026-08", "outside_campaign"), (5L, "period", "2027-01", "outside_campaign")], quarantined);
    }
}
