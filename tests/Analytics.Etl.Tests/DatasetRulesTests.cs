namespace Analytics.Etl.Tests;

/// <summary>One good row and the typical bad rows of each dataset: the bad ones are quarantined naming the first failing column.</summary>
public sealed class DatasetRulesTests : LoadingTestBase
{
    public static TheoryData<string, string[], (long Row, string? Column)[]> Datasets => new()
    {
        {
            "media.csv",
            [
                "publication_id,org_id,published_at,platform,format,project,reach,views,engagements,url,best",
                "M1,P1,2026-09-03T12:00:00+05:00,telegram,video,4,1 500,2000,120,https://t.me/x/1,да",
                "M2,P1,2026-09-03T12:00:00+05:00,myspace,video,4,10,,,,",
                "M3,P1,2026-09-03T12:00:00+05:00,telegram,video,6,10,,,,",
                "M4,P1,2026-09-03T12:00:00+05:00,telegram,text,1,-5,,,,",
                "M5,P1,2026-09-03T12:00:00+05:00,telegram,text,1,5,,,,может быть",
            ],
            [(3, "platform"), (4, "project"), (5, "reach"), (6, "best")]
        },
        {
            "threat_journal.csv",
            [
                "entry_id,org_id,detected_at,source_type,source_name,author,summary,reach,sign,level,facts_collected_at,position_drafted_at,position_delivered_at",
                "J1,S1,2026-09-05T09:00:00+05:00,telegram,Канал,Автор,Кратко,1000,criticism,low,2026-09-05T12:00:00+05:00,,",
                "J2,S1,2026-09-05T09:00:00+05:00,telegram,,,,,rumour,low,,,",
                "J3,S1,2026-09-05T09:00:00+05:00,telegram,,,,,criticism,severe,,,",
                "J4,S404,2026-09-05T09:00:00+05:00,telegram,,,,,criticism,low,,,",
            ],
            [(3, "sign"), (4, "level"), (5, "org_id")]
        },
        {
            "monitoring_regimes.csv",
            [
                "org_id,starts,ends,reason",
                "S1,2026-11-01,2026-11-30,congress",
                "S1,2026-11-30,2026-11-01,election",
                "S1,2026-11-01,2026-11-30,holiday",
            ],
            [(3, "ends"), (4, "reason")]
        },
        {
            "surveys.csv",
            [
                "response_id,org_id,answered_at,trust,satisfaction,aware_of_results,age_group",
                "R1,P1,2026-12-01T10:00:00+05:00,8,4,иә,youth",
                "R2,S1,2026-12-01T10:00:00+05:00,8,4,,",
                "R3,P1,2026-12-01T10:00:00+05:00,11,4,,",
                "R4,P1,2026-12-01T10:00:00+05:00,5,0,,",
            ],
            [(3, "org_id"), (4, "trust"), (5, "satisfaction")]
        },
        {
            "trainings.csv",
            [
                "training_id,org_id,date,topic,trainees,youth_trainees",
                "TR1,T1,2026-10-02,disinformation,30,12",
                "TR2,T1,2026-10-02,disinformation,0,",
                "TR3,T1,2026-10-02,disinformation,10,11",
                "TR4,T1,2026-10-02,knitting,10,",
            ],
            [(3, "trainees"), (4, "youth_trainees"), (5, "topic")]
        },
        {
            "ambassadors.csv",
            [
                "ambassador_id,org_id,category,joined_at,publications,events_organised",
                "amb-1,P1,youth_leader,2026-08-20,3,1",
                "amb-2,P1,influencer,2026-09-20,,",
                "amb-3,P1,activist,20.09.2026,2.5,",
            ],
            [(3, "category"), (4, "publications")]
        },
        {
            "confirmations.csv",
            [
                "confirmation_id,org_id,period,status,confirmed_at,confirmed_by,comment",
                "CF1,S1,2026-09,confirmed,2026-10-03T10:00:00+05:00,Иванов И.,",
                "CF2,P1,2026-09,confirmed,2026-10-03T10:00:00+05:00,,",
                "CF3,FED,2026-09,confirmed,2026-10-03T10:00:00+05:00,,",
                "CF4,T1,2026-09,approved,2026-10-03T10:00:00+05:00,,",
                "CF5,T1,2026-13,returned,2026-10-03T10:00:00+05:00,,",
                "CF6,T1,2026-09,returned,,,",
            ],
            [(3, "org_id"), (4, "org_id"), (5, "status"), (6, "period"), (7, "confirmed_at")]
        },
    };

    [Theory]
    [MemberData(nameof(Datasets))]
    public void Load_GoodAndBadRows_QuarantinesEachBadRowAtItsFirstFailingColumn(string fileName, string[] lines, (long Row, string? Column)[] bad)
    {
        WriteRegistry();
        Warehouse.Write(fileName, lines);

        var result = LoadFile(fileName);

        Assert.Equal((lines.Length - 1L, 1L, (long)bad.Length), (result.RowsRead, result.RowsLoaded, result.RowsQuarantined));
        Assert.Equal(bad, result.Examples.Select(cell => (cell.Row, cell.Column)));
    }

    [Fact]
    public void Load_AmbassadorId_IsStoredOnlyAsKeyedHash()
    {
        WriteRegistry();
        Warehouse.Write("ambassadors.csv", "ambassador_id,org_id,category,joined_at", "amb-7,P1,activist,2026-09-20");

        Load();

        Assert.Equal(Key.Hash("amb-7"), Query<string>("select ambassador_id from raw.ambassadors").Single());
    }
}
