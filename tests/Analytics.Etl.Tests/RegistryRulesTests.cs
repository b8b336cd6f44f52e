using Analytics.TestSupport;

namespace Analytics.Etl.Tests;

public sealed class RegistryRulesTests : LoadingTestBase
{
    // P3 has 600 members from the campaign's start (2026-09-01) and 400 from 2026-10-01 (SmallFederation).
    // A report is checked against the version in force on its period's last day: September → 600, October → 400.
    // P1's report for 2026-08 precedes its first version and is checked against that first version (100).
    [Fact]
    public void Load_OrgReports_ReachedAboveMembersOfTheVersionInForceIsQuarantined()
    {
        WriteRegistry();
        Warehouse.Write("cases.csv",
            "case_id,org_id,category,title,problem,actions,result,workers_helped,decided_at,status,submitted_at",
            "C1,P1,safety,Т,П,Д,Р,1,2026-09-01,published,2026-09-02T10:00:00+05:00");
        Warehouse.Write("org_reports.csv",
            "org_id,period,workers_reached_month,workers_reached_total,appeals_offline,appeals_offline_resolved,legal_aid_consultations,reception_visitors,safety_participants,help_story_case_id",
            "P3,2026-09,500,500,0,0,0,0,0,",     // 500 ≤ 600: good
            "P3,2026-10,500,500,0,0,0,0,0,",     // 500 > 400: bad
            "P1,2026-08,100,100,0,0,0,0,0,",     // = 100: good
            "P1,2026-09,101,101,0,0,0,0,0,",     // 101 > 100: bad
            "P1,2026-10,5,5,2,3,0,0,0,",         // resolved 3 > 2 appeals: bad
            "P1,2026-11,5,5,0,0,0,0,0,C404",     // unknown case: bad
            "P1,2026-12,5,5,0,0,0,0,0,C1",       // known case: good
            "S1,2026-09,5,5,0,0,0,0,0,");        // not a primary: bad

        var result = LoadFile("org_reports.csv");

        Assert.Equal((8L, 3L, 5L), (result.RowsRead, result.RowsLoaded, result.RowsQuarantined));
        Assert.Equal(
            [(3L, "workers_reached_total"), (5L, "workers_reached_total"), (6L, "appeals_offline_resolved"), (7L, "help_story_case_id"), (9L, "org_id")],
            result.Examples.Select(cell => (cell.Row, cell.Column)));
    }

    [Fact]
    public void Load_SecondFederation_IsQuarantinedAndTheFirstKept()
    {
        WriteRegistry();
        Load();
        Warehouse.ClearInbox();
        Warehouse.Write("organisations_more.csv",
            "org_id,level,name_ru",
            "FED2,federation,Другая федерация",
            "FED,federation,Федерация (новое имя)");

        var result = LoadFile("organisations_more.csv");

        Assert.Equal((1L, 1L), (result.RowsLoaded, result.RowsQuarantined));
        Assert.Equal(("level", "federation"), (result.Examples[0].Column, result.Examples[0].Value));
    }

    /// <summary>
    /// Four federations in a first registry: the file's first with a name is kept, with its later version; a nameless one does not take its place. The check is repeated until no row changes; a
    /// rule that looked at the other rows passing so far swung between both kept and both refused, until memory ran out.
    /// </summary>
    [Fact]
    public async Task Load_TwoFederationsInAFirstRegistry_TheFirstIsKeptAndTheLoadEnds()
    {
        Warehouse.Write("campaign.json", SmallFederation.Campaign);
        Warehouse.Write("organisations.csv",
            "org_id,level,name_ru,valid_from",
            "OLD,federation,,",
            "FED,federation,Федерация,",
            "FED2, Federation ,Другая федерация,",
            "FED3,federation,Третья,",
            "FED,federation,Федерация (с октября),2026-10-01");

        var result = (await Task.Run(Load).WaitAsync(TimeSpan.FromMinutes(2))).Files.Single(file => file.FileName == "organisations.csv");

        Assert.Equal((2L, 3L), (result.RowsLoaded, result.RowsQuarantined));
        Assert.Equal([(2L, "level"), (4L, "level"), (5L, "level")], result.Examples.Select(cell => (cell.Row, cell.Column)));
        Assert.Equal(["FED", "FED"], Query<string>("select org_id from raw.organisations"));
        Assert.Equal(["second_federation", "second_federation", "second_federation"], Query<string>("select reason_code from raw.quarantine order by source_row"));
    }
}
