using System.Globalization;
using Analytics.TestSupport;

namespace Analytics.Warehouse.Tests.Monitoring;

/// <summary>
/// A hand-built federation for the barometer, the media panel and the threat traffic light; campaign 2026-09..12,
/// built at cut-off 2026-10-15 (week 7 and month 2 in progress). Primaries: P1 (S1, T1, KZ-75), P2 (S1, T1, KZ-75;
/// from 2026-10-01 in S2), P3 (S2, T2, KZ-19), P4 (S2, T2, KZ-19; closed from 2026-10-01). Sector unions J… keep
/// threat journals, one scenario each. Campaign weeks: 1 = Sep 1–7, 2 = Sep 8–14, 3 = Sep 15–21, 4 = Sep 22–30,
/// 5 = Oct 1–7, 6 = Oct 8–14, 7 = Oct 15–21.
/// </summary>
internal static class MonitoringFederation
{
    public static readonly DateOnly Cutoff = new(2026, 10, 15);

    public const string Campaign = """
        {"name_ru":"Кампания","name_kk":"Науқан","start_month":"2026-09","months":4,"time_zone":"Asia/Almaty","large_primary_min_members":500}
        """;

    /// <summary>Sector unions that keep a threat journal, one scenario each (see <see cref="ThreatJournal"/>).</summary>
    public static readonly string[] JournalKeepers =
    [
        "J15", "J16", "J30", "J31", "J50", "J51", "JS7", "JS10", "JS11", "JRY", "JRR", "JRE", "JRP",
        "JEDGE", "JOLD", "JPRE", "JLATE", "JDL", "JM24", "JHREG", "JHLATE", "JHROLL", "JOV",
    ];

    public static string[] Organisations() =>
    [
        "org_id,level,name_ru,name_kk,bin,sector_id,territorial_id,region,members,youth_members,valid_from,active",
        "FED,federation,Федерация,Федерация,,,,,,,,",
        "S1,sector,Профсоюз образования,Білім кәсіподағы,,,,,,,,",
        "S2,sector,Профсоюз здравоохранения,Денсаулық кәсіподағы,,,,,,,,",
        "T1,territorial,Объединение Алматы,Алматы бірлестігі,,,,KZ-75,,,,",
        "T2,territorial,Объединение Павлодара,Павлодар бірлестігі,,,,KZ-55,,,,",
        "P1,primary,Школа 1,1 мектеп,,S1,T1,KZ-75,100,20,,",
        "P2,primary,Школа 2,2 мектеп,,S1,T1,KZ-75,300,50,,",
        "P2,primary,Школа 2,2 мектеп,,S2,T1,KZ-75,300,50,2026-10-01,",
        "P3,primary,Больница 3,3 аурухана,,S2,T2,KZ-19,600,100,,",
        "P4,primary,Клиника 4,4 клиника,,S2,T2,KZ-19,50,0,,",
        "P4,primary,Клиника 4,4 клиника,,S2,T2,KZ-19,50,0,2026-10-01,false",
        .. JournalKeepers.Select(id => $"{id},sector,Профсоюз {id},{id} кәсіподағы,,,,,,,,"),
    ];

    // ---------- appeals

    private const string AppealsHeader =
        "appeal_id,received_at,channel,kind,org_id,topic,text,first_response_at,resolved_at,status,satisfaction,is_member,age_group,appellant_key,updated_at";

    public static string[] Appeals()
    {
        var rows = new List<string> { AppealsHeader };

        void Add(string id, string org, string receivedAt, string? topic, string? text = null, string? respondedAt = null,
            string? resolvedAt = null, string status = "new", int? satisfaction = null) =>
            rows.Add(Csv(id, receivedAt, "web", "complaint", org, topic, text, respondedAt, resolvedAt, status,
                satisfaction?.ToString(CultureInfo.InvariantCulture), "true", "adult", "worker-" + id, null));

        // A: the topic — given, found by the lexicon, or other. Week 2, P1. A5 carries personal data, scrubbed on load.
        Add("A1", "P1", "2026-09-08T10:00:00+05:00", "wages", "В общежитии нет горячей воды");
        Add("A2", "P1", "2026-09-08T11:00:00+05:00", null, "Третий месяц не платят зарплату");
        Add("A3", "P1", "2026-09-09T10:00:00+05:00", null);
        Add("A4", "P1", "2026-09-09T11:00:00+05:00", null, "Здравствуйте, проверка связи");
        Add("A5", "P1", "2026-09-10T10:00:00+05:00", null,
            "Отпуск не дают. Мой номер +7 701 555 12 34, почта worker@example.kz, ИИН 900101300123");

        // B: sector S1, topic leave. Week 3: B1..B6; week 4: B7. Hours to the first response: 1, 2, 4, 10, none,
        // after the cut-off (B6), and 7 (B7).
        Add("B1", "P1", "2026-09-15T09:00:00+05:00", "leave", respondedAt: "2026-09-15T10:00:00+05:00", resolvedAt: "2026-09-16T10:00:00+05:00", status: "resolved", satisfaction: 5);
        Add("B2", "P1", "2026-09-15T09:00:00+05:00", "leave", respondedAt: "2026-09-15T11:00:00+05:00", status: "explained", satisfaction: 3);
        Add("B3", "P2", "2026-09-16T09:00:00+05:00", "leave", respondedAt: "2026-09-16T13:00:00+05:00", status: "in_progress");
        Add("B4", "P2", "2026-09-16T09:00:00+05:00", "leave", respondedAt: "2026-09-16T19:00:00+05:00", status: "redirected", satisfaction: 4);
        Add("B5", "P1", "2026-09-17T09:00:00+05:00", "leave");
        Add("B6", "P1", "2026-09-17T09:00:00+05:00", "leave", respondedAt: "2026-10-20T09:00:00+05:00", resolvedAt: "2026-10-20T10:00:00+05:00", status: "resolved");
        Add("B7", "P1", "2026-09-23T09:00:00+05:00", "leave", respondedAt: "2026-09-23T16:00:00+05:00", status: "in_progress");

        // C: housing at P3: weeks 2 (2), 3 (3), 5 (1).
        Add("C1", "P3", "2026-09-08T09:00:00+05:00", "housing");
        Add("C2", "P3", "2026-09-09T09:00:00+05:00", "housing");
        Add("C3", "P3", "2026-09-15T09:00:00+05:00", "housing");
        Add("C4", "P3", "2026-09-16T09:00:00+05:00", "housing");
        Add("C5", "P3", "2026-09-17T09:00:00+05:00", "housing");
        Add("C6", "P3", "2026-10-02T09:00:00+05:00", "housing");

        // D: registry changes. P2 pensions in week 4 (still S1) and week 5 (now S2); P3 pensions twice in week 6;
        // the closed P4 discrimination in week 6.
        Add("D1", "P2", "2026-09-28T09:00:00+05:00", "pensions");
        Add("D2", "P2", "2026-10-05T09:00:00+05:00", "pensions");
        Add("D3", "P3", "2026-10-09T09:00:00+05:00", "pensions");
        Add("D4", "P3", "2026-10-10T09:00:00+05:00", "pensions");
        Add("D5", "P4", "2026-10-12T09:00:00+05:00", "discrimination");

        // E: the cut-off. 23:59 local on the cut-off day counts; 00:00 local the next day does not.
        Add("E1", "P3", "2026-10-15T18:59:00Z", "social_support");
        Add("E2", "P3", "2026-10-15T19:00:00Z", "social_support");

        // F: weekly series for the emerging-problem rule.
        var series = new (string Org, string Topic, int[] PerWeek)[]
        {
            ("P1", "safety", [0, 3, 4, 3, 4, 5]),
            ("P1", "working_time", [0, 3, 4, 3, 4, 6]),
            ("P3", "dismissal", [5]),
            ("P3", "collective_agreement", [4]),
            ("P3", "wages", [2, 6, 2, 6, 8]),
        };
        DateOnly[] weekStarts = [new(2026, 9, 1), new(2026, 9, 8), new(2026, 9, 15), new(2026, 9, 22), new(2026, 10, 1), new(2026, 10, 8)];
        foreach (var (org, topic, perWeek) in series)
        {
            for (var week = 0; week < perWeek.Length; week++)
            {
                for (var i = 0; i < perWeek[week]; i++)
                {
                    var day = weekStarts[week].AddDays(i % 7);
                    Add($"F-{org}-{topic}-{week + 1}-{i + 1}", org, $"{day:yyyy-MM-dd}T{8 + i:00}:00:00+05:00", topic);
                }
            }
        }

        return [.. rows];
    }

    // ---------- media

    public static readonly string[] Media =
    [
        "publication_id,org_id,published_at,platform,format,project,reach,views,engagements,url,best",
        "M1,P1,2026-09-08T10:00:00+05:00,telegram,text,1,100,50,,https://t.me/p1/1,false",
        "M2,P1,2026-09-09T10:00:00+05:00,telegram,video,2,300,,10,https://t.me/p1/2,",
        "M3,P3,2026-09-10T10:00:00+05:00,telegram,video,,200,,,https://t.me/p3/1,true",
        "M4,S1,2026-09-11T10:00:00+05:00,website,text,,1000,400,5,https://s1.kz/news/1,",
        "M5,T1,2026-09-12T10:00:00+05:00,instagram,photo,,50,,,,",
        "M6,P2,2026-10-02T10:00:00+05:00,youtube,video,,70,70,7,,",
        "M7,P1,2026-10-15T19:00:00Z,telegram,text,,999,,,,",
    ];

    // ---------- threat journal: points criticism 1, repeated_thesis 3, coordinated_publication 5,
    // bypass_structures 7, election_interference 10; the 30-day window is 2026-09-16..2026-10-15 (local).

    private const string JournalHeader =
        "entry_id,org_id,detected_at,source_type,source_name,author,summary,reach,sign,level,facts_collected_at,position_drafted_at,position_delivered_at";

    public const string PrivateAuthor = "Автор Публикаций Тестовый";

    public const string PrivateSource = "Канал «Правда о труде»";

    public const string PrivateSummary = "Сводка: критика председателя профкома";

    public static string[] ThreatJournal()
    {
        var rows = new List<string> { JournalHeader };
        var counter = 0;

        void Add(string org, string detectedAt, string sign, string level = "low", string? facts = null, string? drafted = null, string? delivered = null) =>
            rows.Add(Csv($"TJ{++counter}", org, detectedAt, "telegram", PrivateSource, PrivateAuthor, PrivateSummary, "1000",
                sign, level, facts, drafted, delivered));

        void Signs(string org, params string[] signs)
        {
            foreach (var sign in signs)
            {
                Add(org, "2026-10-01T06:00:00Z", sign);
            }
        }

        const string E = "election_interference", C = "coordinated_publication", K = "criticism";
        Signs("J15", E, C);                         // 10 + 5 = 15, 2 signs
        Signs("J16", E, C, K);                      // 16, 3 signs
        Signs("J30", E, E, E);                      // 30, 3 signs
        Signs("J31", E, E, E, K);                   // 31, 4 signs
        Signs("J50", E, E, E, E, E);                // 50, 5 signs
        Signs("J51", E, E, E, E, E, K);             // 51, 6 signs
        Signs("JS7", [.. Enumerable.Repeat(K, 7)]);
        Signs("JS10", [.. Enumerable.Repeat(K, 10)]);
        Signs("JS11", [.. Enumerable.Repeat(K, 11)]);
        Signs("JRY", E, C, K);                      // 16 and a regime covering the cut-off
        Signs("JRR", E, E, E, E, E, K);             // 51 and a regime of the cut-off day only
        Signs("JRE", E, C, K);                      // 16 and a regime that ended the day before
        Signs("JRP", K);                            // 1 and a regime that began before the campaign

        // The window's edges, UTC vs Almaty midnight.
        Add("JEDGE", "2026-09-15T18:59:00Z", E);    // 2026-09-15 23:59 local: day 30 back, out
        Add("JEDGE", "2026-09-15T19:00:00Z", C);    // 2026-09-16 00:00 local: day 29 back, in
        Add("JEDGE", "2026-10-15T18:59:00Z", K);    // 2026-10-15 23:59 local: in
        Add("JEDGE", "2026-10-15T19:00:00Z", "bypass_structures"); // 2026-10-16 00:00 local: after the cut-off
        Add("JOLD", "2026-09-10T06:00:00Z", E);     // before the window: a row with 0 points
        Add("JPRE", "2026-08-20T06:00:00Z", E);     // before the campaign: counts nowhere
        Add("JLATE", "2026-10-16T06:00:00Z", E);    // after the cut-off: not known yet

        // Response deadlines: low 24 h, medium 12 h, high 6 h, critical 3 h; all criticism (1 point each).
        Add("JDL", "2026-10-01T04:00:00Z", K, "low", delivered: "2026-10-02T04:00:00Z");      // exactly 24 h: met
        Add("JDL", "2026-10-01T05:00:00Z", K, "low", delivered: "2026-10-02T05:01:00Z");      // 24 h 1 min: missed
        Add("JDL", "2026-10-03T00:00:00Z", K, "medium", delivered: "2026-10-03T12:00:00Z");   // met
        Add("JDL", "2026-10-03T01:00:00Z", K, "medium", delivered: "2026-10-03T13:01:00Z");   // missed
        Add("JDL", "2026-10-04T00:00:00Z", K, "high", delivered: "2026-10-04T06:00:00Z");     // met
        Add("JDL", "2026-10-04T01:00:00Z", K, "high", delivered: "2026-10-04T07:01:00Z");     // missed
        Add("JDL", "2026-10-05T00:00:00Z", K, "critical", delivered: "2026-10-05T03:00:00Z"); // met
        Add("JDL", "2026-10-05T01:00:00Z", K, "critical", delivered: "2026-10-05T04:01:00Z"); // missed
        Add("JDL", "2026-10-06T00:00:00Z", K, "medium");                                       // undelivered: missed
        Add("JDL", "2026-10-15T10:00:00Z", K, "low");                                          // due 2026-10-16 10:00Z: not yet
        Add("JDL", "2026-10-14T19:00:00Z", K, "low");                                          // due at 00:00 local after the cut-off: not yet
        Add("JDL", "2026-10-15T15:00:00Z", K, "critical", delivered: "2026-10-15T18:00:00Z"); // due 18:00Z, on the cut-off day: met

        // The 24-hour rule's milestones (facts 6 h, drafted 12 h, delivered 24 h); low level, so delivery is also the deadline.
        Add("JM24", "2026-10-10T00:00:00Z", K, facts: "2026-10-10T06:00:00Z", drafted: "2026-10-10T12:00:00Z", delivered: "2026-10-11T00:00:00Z");
        Add("JM24", "2026-10-10T01:00:00Z", K, facts: "2026-10-10T07:01:00Z", drafted: "2026-10-10T13:01:00Z", delivered: "2026-10-11T01:01:00Z");
        Add("JM24", "2026-10-10T02:00:00Z", K);
        Add("JM24", "2026-10-15T08:00:00Z", K, facts: "2026-10-15T10:00:00Z");
        Add("JM24", "2026-10-15T12:00:00Z", K);

        // History week by week (weeks end Sep 7, 14, 21, 30, Oct 7, 14; week 7 is in progress at the cut-off).
        foreach (var sign in new[] { E, C, K })
        {
            Add("JHREG", "2026-09-24T06:00:00Z", sign);                 // 16 from week 4; a regime Oct 4..10
        }

        Add("JHLATE", "2026-10-09T06:00:00Z", E);                       // first entry in week 6: 10
        Add("JHLATE", "2026-10-15T06:00:00Z", E);                       // week 7, the cut-off day: + 10
        Add("JHLATE", "2026-10-15T07:00:00Z", C);                       // + 5
        foreach (var sign in new[] { E, E, E, E, E, K })
        {
            Add("JHROLL", "2026-09-15T06:00:00Z", sign);                // 51 on Sep 15, out of the window as of Oct 15
        }

        Add("JHROLL", "2026-09-21T06:00:00Z", C);                       // 5 on Sep 21: in as of Oct 15, out as of Oct 21

        // Overdue at the cut-off: due before 2026-10-15 19:00Z (00:00 local on Oct 16) with nothing delivered by then.
        Add("JOV", "2026-10-15T15:59:00Z", K, "critical");                                       // due 18:59Z: overdue
        Add("JOV", "2026-10-15T16:00:00Z", K, "critical");                                       // due 19:00Z: not yet due
        Add("JOV", "2026-10-15T10:00:00Z", K, "high", delivered: "2026-10-15T20:00:00Z");        // delivered after the cut-off day: overdue
        Add("JOV", "2026-10-15T06:00:00Z", K, "high", delivered: "2026-10-15T12:00:00Z");        // exactly at the deadline: on time
        Add("JOV", "2026-10-13T00:00:00Z", K, "low");                                            // due Oct 14 00:00Z: overdue
        return [.. rows];
    }

    public static readonly string[] MonitoringRegimes =
    [
        "org_id,starts,ends,reason",
        "JRY,2026-10-01,2026-10-31,election",
        "JRR,2026-10-15,2026-10-15,congress",
        "JRE,2026-10-01,2026-10-14,conference",
        "JRP,2026-08-01,2026-12-31,charter",
        "J15,2026-10-16,2026-10-31,personnel",
        "JHREG,2026-10-04,2026-10-10,election",
    ];

    public static void WriteTo(TemporaryWarehouse warehouse)
    {
        warehouse.Write("campaign.json", Campaign);
        warehouse.Write("organisations.csv", Organisations());
        warehouse.Write("appeals.csv", Appeals());
        warehouse.Write("media.csv", Media);
        warehouse.Write("threat_journal.csv", ThreatJournal());
        warehouse.Write("monitoring_regimes.csv", MonitoringRegimes);
    }

    private static string Csv(params string?[] cells) => string.Join(',', cells.Select(cell => cell switch
    {
        null => "",
        _ when cell.IndexOfAny([',', '"', '\n', ';']) >= 0 => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"",
        _ => cell,
    }));
}
