using Analytics.TestSupport;
using Analytics.Warehouse.Extracts;
using Dapper;

namespace Analytics.Warehouse.Tests;

/// <summary>
/// The shortlists of methodology §15 for the hand-built <see cref="NominationsFederation"/> at 2026-12-10, shortlists
/// of 3. Four months started; every completion is 0 (c5 = 1) and there is no appeal or satisfaction rating (c3, c4
/// missing), so an index is (c1 + c2 + 1) · 5 / 3 with c1 = 1 + 9·min(r/0.7, 1), c2 = 1 + 9·min(a/2, 1),
/// a = 100 · offline appeals / members / 4.
/// </summary>
public sealed class NominationsTests : IClassFixture<NominationsTests.Federation>
{
    private readonly Federation federation;

    public NominationsTests(Federation federation) => this.federation = federation;

    private List<(long Rank, string Key, string OrgId, double Score)> Shortlist(string nomination) =>
        federation.Query<(long Rank, string Key, string OrgId, double Score)>(
            "select rank, key, org_id, score from marts.mart_nominations where nomination = $nomination order by rank", new { nomination });

    private static void AssertShortlist(List<(string Key, string OrgId, double Score)> expected, List<(long Rank, string Key, string OrgId, double Score)> actual)
    {
        Assert.Equal(Enumerable.Range(1, expected.Count).Select(rank => (long)rank), actual.Select(row => row.Rank));
        Assert.Equal(expected.Select(row => (row.Key, row.OrgId)), actual.Select(row => (row.Key, row.OrgId)));
        foreach (var (want, got) in expected.Zip(actual))
        {
            Assert.Equal(want.Score, got.Score, 9);
        }
    }

    // P1: r = 80/100 ≥ 0.7 → c1 10; a = 100·10/100/4 = 2.5 → c2 10; index 21·5/3 = 35; no case → score 35.
    // P2: r = 150/200 → 10; a = 100·20/200/4 = 2.5 → 10; score 35, a tie with P1: the rating puts P2 first (more
    //     members), the nomination the smaller key, P1.
    // P3: r = 0.35 → c1 = 1 + 9·0.5 = 5.5; a = 2 → 10; (5.5 + 10 + 1)·5/3 = 27.5.
    // P5 and P6 have no report: only c5, no index, unranked, so no candidates; P4 is closed.
    [Fact]
    public void BestPrimary_RankedPrimaries_TiesGoToTheSmallerKeyNotToMoreMembers()
    {
        AssertShortlist([("P1", "P1", 35), ("P2", "P2", 35), ("P3", "P3", 27.5)], Shortlist("best_primary"));
        Assert.Equal(
            ["P2", "P1"],
            federation.Query<string>("select key from marts.mart_ratings where rating = 'primary' and rank <= 2 order by rank"));
    }

    // SB: active P3 and P5, 200 members (closed P4 left out). c1: r = 35/200 = 0.175 → 1 + 9·0.25 = 3.25;
    //     c2: a = 100·8/200/4 = 1 → 5.5; index (3.25 + 5.5 + 1)·5/3 = 16.25; its own seven counted cases per 100
    //     members = 3.5 → 25·min(1, 3.5) = 25; score 41.25.
    // SA: P1, P2, P6, 400 members. c1: r = 230/400 = 0.575 → 1 + 9·0.575/0.7 = 235/28;
    //     c2: a = 100·30/400/4 = 1.875 → 1 + 9·0.9375 = 151/16; index (235/28 + 151/16 + 1)·5/3 = 3515/112 = 31.3839…
    [Fact]
    public void BestSector_WithItsComponents()
    {
        AssertShortlist([("SB", "SB", 41.25), ("SA", "SA", 3515.0 / 112)], Shortlist("best_sector"));

        var sb = federation.Query<(double TrustIndex, double Completion, long Cases, double CasesPoints)>(
            "select trust_index, completion, cases, cases_points from marts.mart_nominations where nomination = 'best_sector' and key = 'SB'").Single();
        Assert.Equal(16.25, sb.TrustIndex, 9);
        Assert.Equal(0, sb.Completion, 9);
        Assert.Equal(7, sb.Cases);
        Assert.Equal(25, sb.CasesPoints, 9);
    }

    // TA: P1, P2, P3, P5, P6, 600 members. c1: r = 265/600 → 1 + 9·(265/600)/0.7 = 187/28;
    //     c2: a = 100·38/600/4 = 19/12 → 1 + 9·19/24 = 8.125; index (187/28 + 8.125 + 1)·5/3 = 4425/168 = 26.339…; no case.
    // TB has no primaries: no index, no candidate.
    [Fact]
    public void BestTerritorial_OnlyRankedAssociations()
    {
        AssertShortlist([("TA", "TA", 4425.0 / 168)], Shortlist("best_territorial"));
    }

    // A1: 3 + 2·1 = 5; A2: 1 + 2·2 = 5 → the smaller pseudonymous key first. A3 joined before the campaign.
    [Fact]
    public void BestAmbassador_TieBySmallerPseudonymousKey()
    {
        var ordered = new[] { ("A1", "P1"), ("A2", "P2") }
            .Select(a => (Key: NominationsFederation.Pseudonym(a.Item1), OrgId: a.Item2, Score: 5.0))
            .OrderBy(a => a.Key, StringComparer.Ordinal)
            .ToList();

        AssertShortlist(ordered, Shortlist("best_ambassador"));
    }

    // P5: (6·10 + 4·6)/10 = 8.4; P1: (5·9 + 5·7)/10 = 8.0; P2: 10·8/10 = 8.0 → tie, P1 first.
    // P6: nine answers by the cut-off (its tenth is dated 2026-12-11) — one short of 10, not a candidate.
    // P4: twelve 10s, but closed at the cut-off — not a candidate.
    [Fact]
    public void TrustLeader_ActivePrimariesWithTenAnswers_MeanTrust()
    {
        AssertShortlist([("P5", "P5", 8.4), ("P1", "P1", 8.0), ("P2", "P2", 8.0)], Shortlist("trust_leader"));
        Assert.Equal(
            [10L, 10L, 10L],
            federation.Query<long>("select responses from marts.mart_nominations where nomination = 'trust_leader' order by rank"));
    }

    // Counted cases by workers helped: K6 20, K2 12, K3 12 (tie → K2), then K9 8, K4 7, K1 5, K5 3 fall past the
    // shortlist of 3. K7 (50, submitted after the cut-off) and K8 (30, a draft) are not counted.
    [Fact]
    public void BestVictory_EveryCountedCase_CutAtTheShortlistSize()
    {
        AssertShortlist([("K6", "SB", 20), ("K2", "SB", 12), ("K3", "SB", 12)], Shortlist("best_victory"));
    }

    // Reinstatement and wage recovery: K2 12, K1 5; K7 (wage recovery, 50 workers) came after the cut-off, K8 is a draft.
    [Fact]
    public void BestProtectionStory_ReinstatementAndWageRecovery_WithTheCaseAsEvidence()
    {
        AssertShortlist([("K2", "SB", 12), ("K1", "SB", 5)], Shortlist("best_protection_story"));

        var k2 = federation.Query<(string Title, string Problem, string Actions, string Result, long WorkersHelped, decimal AmountKzt)>(
            "select title, problem, actions, result, workers_helped, amount_kzt from marts.mart_nominations where nomination = 'best_protection_story' and key = 'K2'").Single();
        Assert.Equal(("Долг по зарплате", "Задержка зарплаты за три месяца", "Переговоры и жалоба в инспекцию", "Долг выплачен", 12L, 300000m), k2);
    }

    [Theory]
    [InlineData("best_legal_case", "K3", 12)]
    [InlineData("best_safety_case", "K4", 7)]
    [InlineData("best_social_solidarity", "K5", 3)]
    public void CaseNominations_OneCategoryEach(string nomination, string caseId, double workersHelped)
    {
        AssertShortlist([(caseId, "SB", workersHelped)], Shortlist(nomination));
    }

    // Youth rating: E2 40 participants; E1 20 and case K6 20 tie → "E1" < "K6"; E3 (10) falls past the shortlist of 3.
    [Fact]
    public void BestYouthProject_EventsAndCasesOfTheYouthRating()
    {
        AssertShortlist([("E2", "P3", 40), ("E1", "P1", 20), ("K6", "SB", 20)], Shortlist("best_youth_project"));
    }

    // Reach: M2 5 000, M1 and M3 1 000 (tie → M1), M5 200 past the shortlist; M4 (9 000) was published after the cut-off.
    [Fact]
    public void BestMediaProject_PublicationsByReach()
    {
        AssertShortlist([("M2", "SA", 5000), ("M1", "P1", 1000), ("M3", "P2", 1000)], Shortlist("best_media_project"));
    }

    [Fact]
    public void NominationsWithoutData_HaveNoShortlist()
    {
        var drawn = federation.Query<string>("select distinct nomination from marts.mart_nominations order by nomination");
        var fromData = federation.Query<string>("select nomination from marts.dim_nominations where from_data order by nomination");

        Assert.Equal(fromData, drawn);
        Assert.Equal(
            ["best_digital_project", "loyalty_to_union_values", "union_solidarity"],
            federation.Query<string>("select nomination from marts.dim_nominations where not from_data order by position"));
    }

    [Fact]
    public void Extract_HoldsTheContractsColumnsOnly()
    {
        var table = ExtractCatalog.Tables.Single(t => t.Name == "nominations");
        using var connection = federation.Warehouse.Database.Open();
        var rows = connection.Query(table.Query).Select(row => (IDictionary<string, object>)row).ToList();

        Assert.Equal(["nomination", "rank", "key", "org_id", "score"], rows[0].Keys);
        Assert.Equal(3 + 2 + 1 + 2 + 3 + 3 + 2 + 1 + 1 + 1 + 3 + 3, rows.Count);
    }

    /// <summary>The federation built once for the class.</summary>
    public sealed class Federation : IDisposable
    {
        public TemporaryWarehouse Warehouse { get; } = NominationsFederation.Built();

        public List<T> Query<T>(string sql, object? parameters = null)
        {
            using var connection = Warehouse.Database.Open();
            return connection.Query<T>(sql, parameters).ToList();
        }

        public void Dispose() => Warehouse.Dispose();
    }
}
