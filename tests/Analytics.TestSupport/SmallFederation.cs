namespace Analytics.TestSupport;

/// <summary>
/// A hand-built federation for tests: campaign 2026-09..2026-12, one federation, two sector unions
/// (S1, S2), one territorial association T1 (KZ-75), four active primaries
/// P1 (S1, KZ-75, 100 members), P2 (S1, KZ-75, 300), P3 (S2, KZ-19, 600 until 2026-09-30, 400 from 2026-10-01),
/// P4 (S2, KZ-19, 0), and P5 (S1, KZ-75, 1000) closed from the campaign's start.
/// </summary>
public static class SmallFederation
{
    public const string Campaign = """
        {"name_ru":"Кампания","name_kk":"Науқан","start_month":"2026-09","months":4,"time_zone":"Asia/Almaty","large_primary_min_members":500}
        """;

    public static readonly string[] Organisations =
    [
        "org_id,level,name_ru,name_kk,bin,sector_id,territorial_id,region,members,youth_members,valid_from,active",
        "FED,federation,Федерация,Федерация,,,,,,,,",
        "S1,sector,Профсоюз образования,Білім кәсіподағы,,,,,,,,",
        "S2,sector,Профсоюз здравоохранения,Денсаулық кәсіподағы,,,,,,,,",
        "T1,territorial,Объединение Алматы,Алматы бірлестігі,,,,KZ-75,,,,",
        "P1,primary,Школа 1,1 мектеп,,S1,T1,KZ-75,100,20,,",
        "P2,primary,Школа 2,2 мектеп,,S1,T1,KZ-75,300,50,,",
        "P3,primary,Больница 3,3 аурухана,,S2,T1,KZ-19,600,100,,",
        "P4,primary,Клиника 4,4 клиника,,S2,T1,KZ-19,0,0,,",
        "P5,primary,Закрытая 5,Жабық 5,,S1,T1,KZ-75,1000,0,,false",
        "P3,primary,Больница 3,3 аурухана,,S2,T1,KZ-19,400,100,2026-10-01,",
    ];

    public static readonly string[] Events =
    [
        "event_id,org_id,type,date,participants,youth_participants,title,format,submitted_at",
        "E1,P1,unified_day,2026-09-03,40,10,,offline,",
        "E2,P1,members_meeting,2026-09-10,30,,,offline,",
        "E3,P1,legal_aid_day,2026-10-01,12,,,offline,",
        "E4,P1,because_action,2026-10-15,25,,,online,",
        "E5,P2,unified_day,2026-09-05,80,,,offline,",
        "E6,P2,questions_to_chair,2026-10-16,20,,,offline,",
        "E7,S1,sector_forum,2026-09-20,150,,,mixed,",
        "E8,P3,unified_day,2026-08-31,90,,,offline,",
        "E9,FED,launch,2026-09-01,500,,,mixed,",
        "E10,P4,unified_day,2026-09-07,5,,,offline,",
        "E11,P4,members_meeting,2026-09-08,5,,,offline,",
        "E12,P4,legal_aid_day,2026-09-09,5,,,offline,",
        "E13,P4,because_action,2026-09-10,5,,,offline,",
        "E14,P5,unified_day,2026-09-02,60,,,offline,",
    ];

    public static readonly string[] Cases =
    [
        "case_id,org_id,category,title,problem,actions,result,workers_helped,amount_kzt,decided_at,status,best_practice,submitted_at",
        "C1,P1,wage_recovery,Долг по зарплате,Задержка,Переговоры,Выплачено,12,\"1 250 000,50\",2026-09-10,published,true,2026-09-15T10:00:00+05:00",
        "C2,P2,reinstatement,Восстановление,Увольнение,Суд,Восстановлен,1,,2026-09-12,draft,,2026-09-20T10:00:00+05:00",
        "C3,P3,safety,СИЗ,Нет СИЗ,Проверка,Выданы,40,,2026-08-20,published,,2026-08-31T23:30:00+05:00",
        "C4,P3,safety,Вентиляция,Духота,Предписание,Починили,30,,2026-08-25,published,,2026-08-31T19:30:00Z",
        "C5,P2,social_support,Матпомощь,Пожар,Сбор,Помогли,1,200000,2026-10-14,published,,2026-10-15T19:30:00Z",
    ];

    public static readonly string[] Reports =
    [
        "org_id,period,workers_reached_month,workers_reached_total,appeals_offline,appeals_offline_resolved,legal_aid_consultations,reception_visitors,safety_participants,because_participants,help_story_case_id,submitted_at",
        "P1,2026-09,40,40,2,1,0,5,10,0,C1,2026-10-02T10:00:00+05:00",
        "P1,2026-09,50,50,2,1,0,5,10,0,C1,2026-10-03T10:00:00+05:00",
        "P1,2026-10,30,80,1,1,3,0,0,0,,2026-11-02T10:00:00+05:00",
        "P2,2026-09,120,120,0,0,4,2,0,7,,2026-10-02T10:00:00+05:00",
        "P2,2026-11,80,200,0,0,100,0,0,0,,2026-12-02T10:00:00+05:00",
        "P3,2026-10,350,350,3,2,0,0,20,0,,2026-11-01T10:00:00+05:00",
    ];

    /// <summary>Writes campaign.json and every dataset of this federation into a batch folder.</summary>
    public static void WriteTo(TemporaryWarehouse warehouse)
    {
        warehouse.Write("campaign.json", Campaign);
        warehouse.Write("organisations.csv", Organisations);
        warehouse.Write("events.csv", Events);
        warehouse.Write("cases.csv", Cases);
        warehouse.Write("org_reports.csv", Reports);
    }
}
