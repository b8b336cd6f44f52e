using Analytics.TestSupport;
using Dapper;

namespace Analytics.Warehouse.Tests;

/// <summary>
/// The primary cards' marts (issue 13) of the hand-built <see cref="CardFederation"/> at 2026-10-31: month 1 is
/// September, month 2 October.
/// </summary>
public sealed class PrimaryCardsTests(BuiltCardFederation federation) : IClassFixture<BuiltCardFederation>
{
    private List<T> Query<T>(string sql, object? parameters = null)
    {
        using var connection = federation.Warehouse.Database.Open();
        return connection.Query<T>(sql, parameters).ToList();
    }

    // Month 2, minimum standard to 31.10:
    // Q1 unified 03.09, meeting 10.09, help story C1 15.09, legal aid 05.10, because 20.10 → 5/5 = 100 % green;
    //    October events E3 (10) and E4 (20) → 2 events, 30 participants; its October report arrived.
    // Q2 unified 05.09 only → 1/5 = 20 % red; no October event; its October report arrived.
    // Q3 nothing → 0 % red, no report. Q4 unified 02.10 → 20 % red; one October event of 15; no report.
    // Q5 is closed from 01.10: no card in month 2.
    [Fact]
    public void Month2_StandardColourEventsAndReport_AsWorkedByHand()
    {
        var cards = Query<(string OrgId, long ItemsMet, double Completion, string Colour, long Events, long Participants, bool Participates, bool ReportArrived)>(
            "select org_id, items_met, completion, colour, events, participants, participates, report_arrived from marts.mart_primary_cards where month = 2 order by org_id");
        Assert.Equal(
            [
                ("Q1", 5L, 1.0, "green", 2L, 30L, true, true),
                ("Q2", 1L, 0.2, "red", 0L, 0L, false, true),
                ("Q3", 0L, 0.0, "red", 0L, 0L, false, false),
                ("Q4", 1L, 0.2, "red", 1L, 15L, true, false),
            ],
            cards);
    }

    // Month 1, to 30.09: Q1 has unified, meeting and the help story (3/5 = 60 %, yellow: 50 ≤ 60 ≤ 80), not yet the
    // legal aid day (05.10) nor the action (20.10); September events E1 (40) and E2 (30); its September report arrived.
    // Q5 is still active at 30.09 and has its card (unified 04.09 → 20 %).
    [Fact]
    public void Month1_TheStandardRunsToTheMonthsEnd_AndTheLaterClosedPrimaryHasItsCard()
    {
        var cards = Query<(string OrgId, long ItemsMet, string Colour, long Events, long Participants, bool ReportArrived)>(
            "select org_id, items_met, colour, events, participants, report_arrived from marts.mart_primary_cards where month = 1 order by org_id");
        Assert.Equal(["Q1", "Q2", "Q3", "Q4", "Q5"], cards.Select(c => c.OrgId));
        Assert.Equal(("Q1", 3L, "yellow", 2L, 70L, true), cards[0]);
        Assert.Equal(("Q5", 1L, "red", 1L, 5L, false), cards[4]);
    }

    [Fact]
    public void InactivePrimary_GetsNoCard()
    {
        Assert.Empty(Query<string>("select org_id from marts.mart_primary_cards where month = 2 and org_id = 'Q5'"));
        Assert.Empty(Query<string>("select key from marts.mart_primary_card_medians where month = 2 and primaries = 0"));
    }

    // October, Q1 (100 members): c1 = reach 80/100 = 0.8 ≥ 0.7 → 10; c2 = 100·(4 appeals + 2 offline)/100 = 6 ≥ 2 → 10;
    // c3: hours 20, 30, 40, 50 → median (30 + 40)/2 = 35 → 10 − 9·(35 − 24)/336 = 10 − 99/336; c4: ratings 4 and 5 →
    // 4.5 → 1 + 9·3.5/4 = 8.875; c5 = 1 + 9·1 = 10. Index = 48.875 − 99/336 = 48.580357…, rounded 49 → high.
    // Q2 (200 members): c1 = 1 + 9·(100/200)/0.7 = 1 + 45/7; c2 = 100·5/200 = 2.5 → 10; c3 = 2 h → 10; c4 = ratings
    // 3 → 1 + 9·2/4 = 5.5; c5 = 1 + 9·0.2 = 2.8. Index = 35.728571…, rounded 36 → stable.
    // Q3 and Q4 have neither report nor appeal: only c5 → no index.
    [Fact]
    public void Month2_TrustIndexOfEachPrimary_AsWorkedByHand()
    {
        var trust = Query<(string OrgId, double? C1, double? C2, double? C3, double? C4, double? C5, double? TrustIndex, string? Band)>(
                "select org_id, c1, c2, c3, c4, c5, trust_index, band from marts.mart_primary_cards where month = 2 order by org_id")
            .ToDictionary(t => t.OrgId);
        var q1 = trust["Q1"];
        Assert.Equal([10, 10, Math.Round(10 - 99.0 / 336, 9), 8.875, 10], new[] { q1.C1, q1.C2, q1.C3, q1.C4, q1.C5 }.Select(c => Math.Round(c!.Value, 9)));
        Assert.Equal(48.875 - 99.0 / 336, q1.TrustIndex!.Value, 9);
        Assert.Equal("high", q1.Band);
        var q2 = trust["Q2"];
        Assert.Equal(Math.Round(1 + 45.0 / 7, 9), Math.Round(q2.C1!.Value, 9));
        Assert.Equal(1 + 45.0 / 7 + 10 + 10 + 5.5 + 2.8, q2.TrustIndex!.Value, 9);
        Assert.Equal("stable", q2.Band);
        Assert.Null(trust["Q3"].TrustIndex);
        Assert.Equal(1, trust["Q3"].C5!.Value, 9);
        Assert.Null(trust["Q4"].C1);
    }

    // The mart keeps the exact counts (4 and 5, the two sides of "<5"); reports hide 1 to 4 (PrimaryCardsReportTests).
    [Fact]
    public void Month2_AppealAndRatingCounts_AreExactInTheMart()
    {
        var counts = Query<(string OrgId, long AppealsReceived, long AppealsOffline, long Ratings)>(
            "select org_id, appeals_received, appeals_offline, ratings from marts.mart_primary_cards where month = 2 and org_id in ('Q1', 'Q2') order by org_id");
        Assert.Equal([("Q1", 4L, 2L, 2L), ("Q2", 5L, 0L, 5L)], counts);
    }

    // Rating to 31.10 (§7): Q1 = TI 48.58… + 25·1 + 25·min(1, 1 case per 100 members) = 98.58…; Q2 = TI to date
    // (c2 = 1 + 9·1.25/2 = 6.625 over two months) 32.35… + 25·0.2 + 0 = 37.35…; Q3, Q4 without an index are unranked.
    // Within SA: Q1 first of two, Q2 second; SB has no ranked primary.
    [Fact]
    public void SectorRank_CountsOnlyTheRankedPrimariesOfTheSector()
    {
        var ranks = Query<(string OrgId, long? SectorRank, long? SectorRanked, double? RatingScore)>(
            "select org_id, sector_rank, sector_ranked, rating_score from marts.mart_primary_cards where month = 2 order by org_id");
        Assert.Equal(
            [("Q1", 1L, 2L), ("Q2", 2L, 2L), ("Q3", null, null), ("Q4", null, null)],
            ranks.Select(r => (r.OrgId, r.SectorRank, r.SectorRanked)));
        Assert.Equal(48.875 - 99.0 / 336 + 50, ranks[0].RatingScore!.Value, 9);
        Assert.Equal(1 + 45.0 / 7 + 6.625 + 10 + 5.5 + 2.8 + 5, ranks[1].RatingScore!.Value, 9);
    }

    // Month 2, SA = Q1, Q2, Q3: completion {1, 0.2, 0} → 0.2; events {2, 0, 0} → 0; index {48.58…, 35.73…} (Q3 has
    // none) → their mean; c5 {10, 2.8, 1} → 2.8. KZ-75 = Q1, Q2: completion (1 + 0.2)/2 = 0.6, events 1.
    // KZ-19 = Q3, Q4: completion 0.1, events 0.5. Month 1, SA = Q1, Q2, Q3, Q5: completion {0.6, 0.2, 0, 0.2} → 0.2,
    // events {2, 1, 0, 1} → 1.
    [Fact]
    public void Medians_OfTheSectorAndTheRegion_AsWorkedByHand()
    {
        var medians = Query<(long Month, string Scope, string Key, long Primaries, double Completion, double Events, double? TrustIndex, double? C5)>(
                "select month, scope, key, primaries, completion, events, trust_index, c5 from marts.mart_primary_card_medians")
            .ToDictionary(m => (m.Month, m.Scope, m.Key));
        var sa = medians[(2, "sector", "SA")];
        Assert.Equal((3L, 0.2, 0.0), (sa.Primaries, Math.Round(sa.Completion, 9), sa.Events));
        Assert.Equal((48.875 - 99.0 / 336 + 1 + 45.0 / 7 + 10 + 10 + 5.5 + 2.8) / 2, sa.TrustIndex!.Value, 9);
        Assert.Equal(2.8, sa.C5!.Value, 9);
        Assert.Equal((0.6, 1.0), (Math.Round(medians[(2, "region", "KZ-75")].Completion, 9), medians[(2, "region", "KZ-75")].Events));
        Assert.Equal((0.1, 0.5), (Math.Round(medians[(2, "region", "KZ-19")].Completion, 9), medians[(2, "region", "KZ-19")].Events));
        Assert.Null(medians[(2, "sector", "SB")].TrustIndex);
        var month1 = medians[(1, "sector", "SA")];
        Assert.Equal((4L, 0.2, 1.0), (month1.Primaries, Math.Round(month1.Completion, 9), month1.Events));
    }
}
