using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.Warehouse.Runner;

namespace Analytics.TestSupport;

/// <summary>
/// A hand-built federation for the primary cards, built at the cut-off 2026-10-31 (months 1 and 2 complete), with the
/// campaign of <see cref="SmallFederation"/> (2026-09..2026-12).
/// <list type="bullet">
/// <item>FED; sector unions SA and SB; territorial association TA.</item>
/// <item>Q1 (SA, KZ-75, 100 members), Q2 (SA, KZ-75, 200), Q3 (SA, KZ-19, 50), Q4 (SB, KZ-19, 100), and Q5 (SA, KZ-75,
/// 100) closed from 2026-10-01: active at the end of month 1 only.</item>
/// <item>In October Q1 receives 4 appeals (answered after 20, 30, 40 and 50 hours, two rated 4 and 5) and Q2 receives 5
/// (each answered after 2 hours, each rated 3): the two sides of "&lt;5".</item>
/// </list>
/// </summary>
public static class CardFederation
{
    public static readonly DateOnly Cutoff = new(2026, 10, 31);

    public static readonly string[] Organisations =
    [
        "org_id,level,name_ru,name_kk,sector_id,territorial_id,region,members,valid_from,active",
        "FED,federation,Федерация,Федерация,,,,,,",
        "SA,sector,Профсоюз образования,Білім кәсіподағы,,,,,,",
        "SB,sector,Профсоюз здравоохранения,Денсаулық кәсіподағы,,,,,,",
        "TA,territorial,Объединение Алматы,Алматы бірлестігі,,,KZ-75,,,",
        "Q1,primary,Школа 1,1 мектеп,SA,TA,KZ-75,100,,",
        "Q2,primary,Школа 2,2 мектеп,SA,TA,KZ-75,200,,",
        "Q3,primary,Школа 3,3 мектеп,SA,TA,KZ-19,50,,",
        "Q4,primary,Клиника 4,4 клиника,SB,TA,KZ-19,100,,",
        "Q5,primary,Школа 5,5 мектеп,SA,TA,KZ-75,100,,",
        "Q5,primary,Школа 5,5 мектеп,SA,TA,KZ-75,100,2026-10-01,false",
    ];

    public static readonly string[] Events =
    [
        "event_id,org_id,type,date,participants",
        "E1,Q1,unified_day,2026-09-03,40",
        "E2,Q1,members_meeting,2026-09-10,30",
        "E3,Q1,legal_aid_day,2026-10-05,10",
        "E4,Q1,because_action,2026-10-20,20",
        "E5,Q2,unified_day,2026-09-05,50",
        "E6,Q4,unified_day,2026-10-02,15",
        "E7,Q5,unified_day,2026-09-04,5",
    ];

    public static readonly string[] Cases =
    [
        "case_id,org_id,category,title,problem,actions,result,workers_helped,amount_kzt,decided_at,status,best_practice,submitted_at",
        "C1,Q1,wage_recovery,Долг,Задержка,Переговоры,Выплачено,12,500000,2026-09-10,published,false,2026-09-15T10:00:00+05:00",
    ];

    public static readonly string[] Reports =
    [
        "org_id,period,workers_reached_month,workers_reached_total,appeals_offline,appeals_offline_resolved,legal_aid_consultations,reception_visitors,safety_participants,because_participants",
        "Q1,2026-09,60,60,0,0,0,0,0,0",
        "Q1,2026-10,20,80,2,2,0,0,0,0",
        "Q2,2026-10,100,100,0,0,0,0,0,0",
    ];

    public static readonly string[] Appeals =
    [
        "appeal_id,received_at,channel,kind,org_id,first_response_at,status,satisfaction",
        "A11,2026-10-02T10:00:00+05:00,web,question,Q1,2026-10-03T06:00:00+05:00,resolved,4",
        "A12,2026-10-03T10:00:00+05:00,web,question,Q1,2026-10-04T16:00:00+05:00,resolved,5",
        "A13,2026-10-04T10:00:00+05:00,web,question,Q1,2026-10-06T02:00:00+05:00,resolved,",
        "A14,2026-10-05T10:00:00+05:00,web,question,Q1,2026-10-07T12:00:00+05:00,resolved,",
        "A21,2026-10-06T10:00:00+05:00,web,question,Q2,2026-10-06T12:00:00+05:00,resolved,3",
        "A22,2026-10-07T10:00:00+05:00,web,question,Q2,2026-10-07T12:00:00+05:00,resolved,3",
        "A23,2026-10-08T10:00:00+05:00,web,question,Q2,2026-10-08T12:00:00+05:00,resolved,3",
        "A24,2026-10-09T10:00:00+05:00,web,question,Q2,2026-10-09T12:00:00+05:00,resolved,3",
        "A25,2026-10-10T10:00:00+05:00,web,question,Q2,2026-10-10T12:00:00+05:00,resolved,3",
    ];

    /// <summary>Writes campaign.json and every dataset of this federation into a batch folder.</summary>
    public static void WriteTo(TemporaryWarehouse warehouse)
    {
        ArgumentNullException.ThrowIfNull(warehouse);
        warehouse.Write("campaign.json", SmallFederation.Campaign);
        warehouse.Write("organisations.csv", Organisations);
        warehouse.Write("events.csv", Events);
        warehouse.Write("cases.csv", Cases);
        warehouse.Write("org_reports.csv", Reports);
        warehouse.Write("appeals.csv", Appeals);
    }
}

/// <summary>The federation of <see cref="CardFederation"/>, loaded and built at <see cref="CardFederation.Cutoff"/>.</summary>
public sealed class BuiltCardFederation : IDisposable
{
    public BuiltCardFederation()
    {
        CardFederation.WriteTo(Warehouse);
        var load = new BatchLoader(Warehouse.Database, new PseudonymKey("test-secret-of-sixteen-or-more"))
            .Load(Warehouse.Inbox);
        var bad = load.Files.Where(file => file.RowsQuarantined > 0).Select(file => file.FileName).ToList();
        if (bad.Count > 0)
        {
            throw new InvalidOperationException($"The card federation fixture has quarantined rows in {string.Join(", ", bad)}.");
        }

        using var connection = Warehouse.Database.Open();
        ModelRunner.Shipped().Build(connection, CardFederation.Cutoff, "test");
    }

    public TemporaryWarehouse Warehouse { get; } = new();

    public void Dispose() => Warehouse.Dispose();
}
