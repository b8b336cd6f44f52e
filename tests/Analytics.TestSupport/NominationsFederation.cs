using System.Globalization;
using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.Warehouse.Runner;

namespace Analytics.TestSupport;

/// <summary>
/// A hand-built federation for the nominations (methodology §15), built at the cut-off 2026-12-10 (four months
/// started) with shortlists of 3. Campaign 2026-09..2026-12; no appeals, and survey answers carry no satisfaction, so
/// trust indices rest on criteria 1, 2 and 5; no event is an item of the minimum standard and every case belongs to
/// sector union SB itself, so every completion is 0 and criterion 5 is 1.
/// <list type="bullet">
/// <item>FED; sector unions SA, SB; territorial associations TA (KZ-75) and TB (KZ-19, no primaries).</item>
/// <item>Primaries, all under TA: P1 (SA, 100 members), P2 (SA, 200), P3 (SB, 100), P4 (SB, 100, closed from
/// 2026-11-01), P5 (SB, 100), P6 (SA, 100).</item>
/// <item>Reports 2026-09: P1 reached 80, 10 offline appeals; P2 150 and 20; P3 35 and 8.</item>
/// <item>Survey answers: P1 ten (five 9s, five 7s), P2 ten 8s, P5 ten (six 10s, four 6s), P4 twelve 10s given while
/// it was active, P6 nine 10s and a tenth on 2026-12-11, after the cut-off.</item>
/// <item>Cases of SB: K1 reinstatement 5 workers, K2 wage recovery 12 (300 000 ₸), K3 court decision 12, K4 safety 7,
/// K5 social support 3, K6 youth project 20, K9 collective bargaining 8; K7 wage recovery 50 submitted on 2026-12-11,
/// K8 reinstatement 30 still a draft.</item>
/// <item>Youth events: E1 youth initiative of P1 (20 participants), E2 day with the union of P3 (40), E3 youth
/// initiative of P2 (10).</item>
/// <item>Publications: M1 P1 reach 1 000 (its url a script), M2 SA 5 000 (a web address), M3 P2 1 000, M5 P3 200; M4 reach 9 000 on 2026-12-11.</item>
/// <item>Ambassadors: A1 (P1, 3 publications, 1 event), A2 (P2, 1 and 2), A3 (P3, joined before the campaign).</item>
/// </list>
/// </summary>
public static class NominationsFederation
{
    public const string Secret = "nominations-secret-of-sixteen";

    public static readonly DateOnly Cutoff = new(2026, 12, 10);

    public const string Targets = """{ "nominations": { "shortlist_size": 3 } }""";

    public static readonly string[] Organisations =
    [
        "org_id,level,name_ru,name_kk,sector_id,territorial_id,region,members,valid_from,active",
        "FED,federation,Федерация,Федерация,,,,,,",
        "SA,sector,Профсоюз А,А кәсіподағы,,,,,,",
        "SB,sector,Профсоюз Б,Б кәсіподағы,,,,,,",
        "TA,territorial,Объединение Алматы,Алматы бірлестігі,,,KZ-75,,,",
        "TB,territorial,Объединение области,Облыс бірлестігі,,,KZ-19,,,",
        "P1,primary,Школа 1,1 мектеп,SA,TA,KZ-75,100,,",
        "P2,primary,Школа 2,2 мектеп,SA,TA,KZ-75,200,,",
        "P3,primary,Больница 3,3 аурухана,SB,TA,KZ-75,100,,",
        "P4,primary,Больница 4,4 аурухана,SB,TA,KZ-75,100,,",
        "P4,primary,Больница 4,4 аурухана,SB,TA,KZ-75,100,2026-11-01,false",
        "P5,primary,Больница 5,5 аурухана,SB,TA,KZ-75,100,,",
        "P6,primary,Школа 6,6 мектеп,SA,TA,KZ-75,100,,",
    ];

    public static readonly string[] Reports =
    [
        "org_id,period,workers_reached_month,workers_reached_total,appeals_offline,appeals_offline_resolved,legal_aid_consultations,reception_visitors,safety_participants,because_participants",
        "P1,2026-09,80,80,10,10,0,0,0,0",
        "P2,2026-09,150,150,20,20,0,0,0,0",
        "P3,2026-09,35,35,8,8,0,0,0,0",
    ];

    public static readonly string[] Cases =
    [
        "case_id,org_id,category,title,problem,actions,result,workers_helped,amount_kzt,decided_at,status,best_practice,submitted_at",
        "K1,SB,reinstatement,Восстановлен мастер,Незаконное увольнение,Иск в суд,Восстановлен на работе,5,,2026-09-10,published,,2026-09-15T10:00:00+05:00",
        "K2,SB,wage_recovery,Долг по зарплате,Задержка зарплаты за три месяца,Переговоры и жалоба в инспекцию,Долг выплачен,12,300000,2026-10-01,published,true,2026-10-05T10:00:00+05:00",
        "K3,SB,court_decision,Решение суда,Отказ в доплате,Иск в суд,Доплата взыскана,12,,2026-10-02,published,,2026-10-06T10:00:00+05:00",
        "K4,SB,safety,Спецодежда,Нет спецодежды,Проверка,Спецодежда выдана,7,,2026-10-03,published,,2026-10-07T10:00:00+05:00",
        "K5,SB,social_support,Помощь семье,Пожар в доме,Сбор средств,Семья получила помощь,3,150000,2026-10-04,published,,2026-10-08T10:00:00+05:00",
        "K6,SB,youth_project,Школа молодого лидера,Нет молодёжного актива,Обучение,Двадцать выпускников,20,,2026-10-05,published,,2026-10-09T10:00:00+05:00",
        "K7,SB,wage_recovery,Поздний кейс,Задержка,Переговоры,Выплачено,50,,2026-12-01,published,,2026-12-11T10:00:00+05:00",
        "K8,SB,reinstatement,Черновик,Увольнение,Суд,Восстановлен,30,,2026-10-10,draft,,2026-10-12T10:00:00+05:00",
        "K9,SB,collective_bargaining,Коллективный договор,Нет договора,Переговоры,Договор подписан,8,,2026-10-11,published,,2026-10-13T10:00:00+05:00",
    ];

    public static readonly string[] Events =
    [
        "event_id,org_id,type,date,participants,title",
        "E1,P1,youth_initiative,2026-10-10,20,Молодёжный субботник",
        "E2,P3,day_with_union,2026-11-10,40,День с профсоюзом",
        "E3,P2,youth_initiative,2026-11-12,10,Молодёжный форум",
    ];

    public static readonly string[] Media =
    [
        "publication_id,org_id,published_at,platform,format,reach,views,url",
        "M1,P1,2026-10-01T10:00:00+05:00,telegram,text,1000,,javascript:void(0)",
        "M2,SA,2026-10-02T10:00:00+05:00,youtube,video,5000,7000,https://example.kz/m2",
        "M3,P2,2026-10-03T10:00:00+05:00,website,text,1000,,",
        "M4,P3,2026-12-11T10:00:00+05:00,tv,video,9000,,",
        "M5,P3,2026-10-05T10:00:00+05:00,instagram,photo,200,,",
    ];

    public static readonly string[] Ambassadors =
    [
        "ambassador_id,org_id,category,joined_at,publications,events_organised",
        "A1,P1,activist,2026-09-10,3,1",
        "A2,P2,youth_leader,2026-10-01,1,2",
        "A3,P3,activist,2026-08-01,10,10",
    ];

    public static IEnumerable<string> Surveys()
    {
        yield return "response_id,org_id,answered_at,trust";
        var answers = new List<(string Org, int Trust, string Day)>();
        answers.AddRange(Enumerable.Range(0, 10).Select(i => ("P1", i < 5 ? 9 : 7, "2026-10-15")));
        answers.AddRange(Enumerable.Range(0, 10).Select(_ => ("P2", 8, "2026-10-16")));
        answers.AddRange(Enumerable.Range(0, 10).Select(i => ("P5", i < 6 ? 10 : 6, "2026-11-20")));
        answers.AddRange(Enumerable.Range(0, 12).Select(_ => ("P4", 10, "2026-09-20")));
        answers.AddRange(Enumerable.Range(0, 9).Select(_ => ("P6", 10, "2026-12-01")));
        answers.Add(("P6", 10, "2026-12-11"));
        foreach (var (answer, index) in answers.Select((answer, index) => (answer, index)))
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"S{index + 1:000},{answer.Org},{answer.Day}T12:00:00+05:00,{answer.Trust}");
        }
    }

    public static string Pseudonym(string ambassadorId) => new PseudonymKey(Secret).Hash(ambassadorId);

    /// <summary>Loads the federation into a fresh warehouse and builds it at <see cref="Cutoff"/>.</summary>
    public static TemporaryWarehouse Built()
    {
        var warehouse = new TemporaryWarehouse();
        warehouse.Write("campaign.json", TrustFederation.Campaign);
        warehouse.Write("targets.json", Targets);
        warehouse.Write("organisations.csv", Organisations);
        warehouse.Write("org_reports.csv", Reports);
        warehouse.Write("cases.csv", Cases);
        warehouse.Write("events.csv", Events);
        warehouse.Write("media.csv", Media);
        warehouse.Write("ambassadors.csv", Ambassadors);
        warehouse.Write("surveys.csv", Surveys().ToArray());
        var load = new BatchLoader(warehouse.Database, new PseudonymKey(Secret)).Load(warehouse.Inbox);
        var bad = load.Files.Where(file => file.RowsQuarantined > 0).Select(file => file.FileName).ToList();
        if (bad.Count > 0)
        {
            warehouse.Dispose();
            throw new InvalidOperationException($"The nominations federation has quarantined rows in {string.Join(", ", bad)}.");
        }

        using var connection = warehouse.Database.Open();
        ModelRunner.Shipped().Build(connection, Cutoff, "test");
        return warehouse;
    }
}
