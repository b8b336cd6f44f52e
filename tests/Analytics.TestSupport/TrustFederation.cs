namespace Analytics.TestSupport;

/// <summary>
/// A hand-built federation for the trust index, the KPIs of sector unions, territorial associations and months, and
/// the ratings. Campaign 2026-09..2026-12, large primaries from 500 members.
/// <list type="bullet">
/// <item>FED; sector unions SA, SB and SC (SC has no primaries); territorial associations TA (KZ-75) and TB (KZ-19).</item>
/// <item>P1 (SA, TA, KZ-75, 600 members), P2 (SA, TA, KZ-75, 100), P3 (SA, TB, KZ-19, 300; closed from 2026-11-01),
/// P4 (SB, TB, KZ-19, 200), P5 (SB, TB, KZ-19, 0), P6 (SB, TA, KZ-75, 200).</item>
/// <item>P2, P4 and P6 are built to tie in the primaries' rating: reach of 70 % or more, offline appeals of 2 or more
/// per 100 members a month over four months, one Unified Union Day each, no appeal, rating or case.</item>
/// <item>Appeals sit on the edges: AP3 at 23:30 local on 2026-09-30 (month 1), AP4 at 19:30 UTC the same day
/// (00:30 local on 2026-10-01, month 2), AP0 at 23:30 local on 2026-08-31 (before the campaign), AP7 answered
/// on 2026-12-11 (after the cut-off 2026-12-10), AS2 never answered.</item>
/// </list>
/// </summary>
public static class TrustFederation
{
    public const string Campaign = """
        {"name_ru":"Кампания","name_kk":"Науқан","start_month":"2026-09","months":4,"time_zone":"Asia/Almaty","large_primary_min_members":500}
        """;

    public static readonly string[] Organisations =
    [
        "org_id,level,name_ru,name_kk,sector_id,territorial_id,region,members,valid_from,active",
        "FED,federation,Федерация,Федерация,,,,,,",
        "SA,sector,Отраслевой А,Салалық А,,,,,,",
        "SB,sector,Отраслевой Б,Салалық Б,,,,,,",
        "SC,sector,Отраслевой В,Салалық В,,,,,,",
        "TA,territorial,Объединение Алматы,Алматы бірлестігі,,,KZ-75,,,",
        "TB,territorial,Объединение области,Облыс бірлестігі,,,KZ-19,,,",
        "P1,primary,Первичка 1,Бастауыш 1,SA,TA,KZ-75,600,,",
        "P2,primary,Первичка 2,Бастауыш 2,SA,TA,KZ-75,100,,",
        "P3,primary,Первичка 3,Бастауыш 3,SA,TB,KZ-19,300,,",
        "P3,primary,Первичка 3,Бастауыш 3,SA,TB,KZ-19,300,2026-11-01,false",
        "P4,primary,Первичка 4,Бастауыш 4,SB,TB,KZ-19,200,,",
        "P5,primary,Первичка 5,Бастауыш 5,SB,TB,KZ-19,0,,",
        "P6,primary,Первичка 6,Бастауыш 6,SB,TA,KZ-75,200,,",
    ];

    public static readonly string[] Events =
    [
        "event_id,org_id,type,date,participants",
        "E01,FED,launch,2026-09-01,500",
        "E02,P1,unified_day,2026-09-03,100",
        "E03,P1,legal_aid_day,2026-09-20,30",
        "E04,P1,members_meeting,2026-10-05,50",
        "E05,P1,because_action,2026-10-20,40",
        "E06,P1,legal_aid_day,2026-11-10,20",
        "E07,P2,unified_day,2026-09-05,40",
        "E08,P3,youth_initiative,2026-10-10,25",
        "E09,P3,thanks_for_labor,2026-11-12,60",
        "E10,P4,unified_day,2026-10-02,50",
        "E11,P4,day_with_union,2026-11-20,30",
        "E12,P6,unified_day,2026-11-03,45",
        "E13,SA,sector_forum,2026-10-01,120",
        "E14,SB,sector_forum,2026-12-11,100",
        "E15,TA,regional_union_day,2026-09-25,200",
        "E16,TB,legal_aid_day,2026-09-15,15",
        "E17,TB,legal_aid_day,2026-10-12,15",
        "E18,TB,dynasty_event,2026-12-01,35",
    ];

    public static readonly string[] Cases =
    [
        "case_id,org_id,category,title,problem,actions,result,workers_helped,amount_kzt,decided_at,status,best_practice,submitted_at",
        "C1,P1,wage_recovery,Долг,Задержка,Переговоры,Выплачено,12,500000,2026-09-10,published,true,2026-09-15T10:00:00+05:00",
        "C2,P1,reinstatement,Восстановление,Увольнение,Суд,Восстановлен,12,,2026-10-01,published,true,2026-10-14T10:00:00+05:00",
        "C3,P3,collective_bargaining,Договор,Нет договора,Переговоры,Подписан,12,500000,2026-09-05,published,true,2026-10-25T10:00:00+05:00",
        "C5,SB,safety,СИЗ,Нет СИЗ,Проверка,Выданы,12,500000,2026-09-05,published,true,2026-11-02T10:00:00+05:00",
        "C6,P1,court_decision,Суд,Спор,Иск,Выигран,40,100,2026-10-02,published,true,2026-11-02T10:00:00+05:00",
        "C7,P2,social_support,Матпомощь,Пожар,Сбор,Помогли,1,,2026-09-12,draft,,2026-09-20T10:00:00+05:00",
        "C9,SB,youth_project,Школа лидера,Нет актива,Обучение,Выпуск,30,,2026-10-20,published,false,2026-11-01T10:00:00+05:00",
    ];

    public static readonly string[] Reports =
    [
        "org_id,period,workers_reached_month,workers_reached_total,appeals_offline,appeals_offline_resolved,legal_aid_consultations,reception_visitors,safety_participants,because_participants",
        "P1,2026-09,300,300,3,1,0,10,0,0",
        "P1,2026-10,150,420,2,2,0,0,0,0",
        "P2,2026-09,70,70,8,8,0,0,0,0",
        "P3,2026-09,100,100,0,0,0,0,0,0",
        "P4,2026-10,140,140,16,10,0,0,0,0",
        "P6,2026-11,150,150,20,20,0,0,0,0",
    ];

    public static readonly string[] Appeals =
    [
        "appeal_id,received_at,channel,kind,org_id,first_response_at,status,satisfaction",
        "AP0,2026-08-31T23:30:00+05:00,web,question,P1,2026-09-01T10:00:00+05:00,resolved,1",
        "AP1,2026-09-02T10:00:00+05:00,web,question,P1,2026-09-02T16:00:00+05:00,resolved,5",
        "AP2,2026-09-10T09:00:00+05:00,phone,complaint,P1,2026-09-12T09:00:00+05:00,resolved,3",
        "AP3,2026-09-30T23:30:00+05:00,telegram,problem,P1,,new,",
        "AP4,2026-09-30T19:30:00Z,whatsapp,question,P1,2026-10-01T10:30:00+05:00,explained,",
        "AP6,2026-11-05T10:00:00+05:00,web,question,P1,2026-11-05T20:00:00+05:00,resolved,4",
        "AP7,2026-11-20T10:00:00+05:00,hotline,complaint,P1,2026-12-11T09:00:00+05:00,in_progress,5",
        "AT1,2026-09-15T10:00:00+05:00,in_person,question,TA,2026-09-15T12:00:00+05:00,resolved,2",
        "AS1,2026-10-05T10:00:00+05:00,email,suggestion,SC,2026-10-06T10:00:00+05:00,explained,4",
        "AS2,2026-10-07T10:00:00+05:00,email,problem,SC,,new,",
    ];

    public static readonly string[] Surveys =
    [
        "response_id,org_id,answered_at,trust,satisfaction",
        "SV1,P1,2026-09-20T12:00:00+05:00,8,4",
        "SV2,P1,2026-09-30T20:00:00Z,6,1",
        "SV3,P1,2026-11-25T12:00:00+05:00,7,3",
        "SV4,P1,2026-10-10T12:00:00+05:00,9,",
    ];

    public static readonly string[] Ambassadors =
    [
        "ambassador_id,org_id,category,joined_at,publications,events_organised",
        "A1,P1,activist,2026-08-15,10,10",
        "A2,P3,youth_leader,2026-11-05,2,2",
        "A3,P4,activist,2026-12-15,1,0",
        "A4,P2,primary_chair,2026-09-10,4,1",
        "A5,P6,tech_inspector,2026-10-01,,5",
    ];

    /// <summary>Writes campaign.json and every dataset of this federation into a batch folder.</summary>
    public static void WriteTo(TemporaryWarehouse warehouse)
    {
        warehouse.Write("campaign.json", Campaign);
        warehouse.Write("organisations.csv", Organisations);
        warehouse.Write("events.csv", Events);
        warehouse.Write("cases.csv", Cases);
        warehouse.Write("org_reports.csv", Reports);
        warehouse.Write("appeals.csv", Appeals);
        warehouse.Write("surveys.csv", Surveys);
        warehouse.Write("ambassadors.csv", Ambassadors);
    }
}
