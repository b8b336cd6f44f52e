using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.TestSupport;
using Analytics.Warehouse.Runner;
using Dapper;

namespace Analytics.Warehouse.Tests;

/// <summary>
/// Methodology §6: a group's criteria 2–4 read only the records of its active primaries and of its own union. Sector
/// SX has P1 (100 members) and P2 (200 members), which closes on 2026-11-15. Both belong to TX (KZ-75).
/// <list type="bullet">
/// <item>Reports for 2026-09: P1 reached 50, 1 offline appeal; P2 reached 150, 2 offline appeals.</item>
/// <item>Appeals: A1 (P1, 10.09, answered in 10 h, rated 4), A2 (P2, 12.09, 100 h, rated 2), A3 (P2, 05.11, 30 h, rated 1).</item>
/// <item>Survey: S1 (P2, 20.09, satisfaction 1).</item>
/// <item>Events: P1 a unified day and a members' meeting (2 of 5 items, completion 0.4); P2 a unified day (0.2).</item>
/// </list>
/// Scores: c1 = 1 + 9·min(r/0.7, 1), c2 = 1 + 9·min(a/2, 1), c3 = 10 − 9·(h − 24)/336, c4 = 1 + 9·(s − 1)/4, c5 = 1 + 9·c.
/// </summary>
public sealed class GroupTrustIndexTests : IClassFixture<GroupTrustIndexTests.Federation>
{
    private static readonly DateOnly BeforeClosing = new(2026, 11, 10);

    private static readonly DateOnly AfterClosing = new(2026, 12, 10);

    private readonly Federation federation;

    public GroupTrustIndexTests(Federation federation) => this.federation = federation;

    private sealed record Row(double? C1, double? C2, double? C3, double? C4, double? C5, double? Index, string? Band);

    // Cut-off 10.11, to date (three months started), P2 still active: 300 members.
    // c1: r = (50 + 150)/300 = 2/3 → 1 + 9·(2/3)/0.7 = 67/7.
    // c2: A1, A2, A3 + offline 1 + 2 = 6 → a = 100·6/300/3 = 2/3 → 1 + 9·(1/3) = 4.
    // c3: 10, 100, 30 h → median 30 → 10 − 9·6/336 = 551/56.
    // c4: 4, 2, 1 (appeals) and 1 (survey) → s = 2 → 3.25.
    // c5: (0.4 + 0.2)/2 = 0.3 → 3.7.
    // index = 67/7 + 4 + 551/56 + 3.25 + 3.7 = 8501/280 = 30.3607… → 30 → strengthen.
    [Fact]
    public void Sector_BeforeItsPrimaryCloses_CountsBothPrimaries()
    {
        var row = TrustIndex(BeforeClosing, "sector", "SX", "to-date");

        AssertScores(row, 67.0 / 7, 4, 551.0 / 56, 3.25, 3.7);
        Assert.Equal(8501.0 / 280, row.Index!.Value, 9);
        Assert.Equal("strengthen", row.Band);
    }

    // Cut-off 10.12, to date (four months started), P2 closed: only P1 (100 members) and SX's own records.
    // c1: r = 50/100 → 1 + 9·0.5/0.7 = 52/7.
    // c2: A1 + P1's offline 1 = 2 → a = 100·2/100/4 = 0.5 → 1 + 9·0.25 = 3.25 (P2's A2, A3 and offline 2 left out).
    // c3: A1 alone, 10 h → 10.   c4: A1's 4 alone → 7.75.   c5: 0.4 → 4.6.
    // index = 52/7 + 3.25 + 10 + 7.75 + 4.6 = 1156/35 = 33.0285… → 33 → stable.
    // Counting P2's records would give c2 = 7.75, c3 = 551/56 and c4 = 3.25 over P1's members alone.
    [Theory]
    [InlineData("sector", "SX")]
    [InlineData("territorial", "TX")]
    [InlineData("region", "KZ-75")]
    [InlineData("federation", "FED")]
    public void Group_AfterItsPrimaryCloses_ReadsOnlyActiveOrganisations(string scope, string key)
    {
        var row = TrustIndex(AfterClosing, scope, key, "to-date");

        AssertScores(row, 52.0 / 7, 3.25, 10, 7.75, 4.6);
        Assert.Equal(1156.0 / 35, row.Index!.Value, 9);
        Assert.Equal("stable", row.Band);
    }

    // Cut-off 10.12, November (registry at 30.11: P2 closed). A3 (P2, 05.11) is P2's, so the month has neither an
    // appeal nor a report of an active organisation: c2, c3 and c4 are missing, two criteria remain, no index.
    [Fact]
    public void Sector_MonthWhoseOnlyAppealIsAClosedPrimarys_HasNoIndex()
    {
        var row = TrustIndex(AfterClosing, "sector", "SX", "month-3");

        AssertScores(row, 52.0 / 7, null, null, null, 4.6);
        Assert.Null(row.Index);
        Assert.Null(row.Band);
    }

    // The sector's rating (methodology §7) is built on the same index: TI + 25 · completion + 25 · min(1, cases per
    // 100 members) = 1156/35 + 25 · 0.4 + 0 = 1506/35 = 43.0285…
    [Fact]
    public void SectorRating_ReadsTheCorrectedIndex()
    {
        using var connection = federation.Open(AfterClosing);
        var score = connection.ExecuteScalar<double?>("select score from marts.mart_ratings where rating = 'sector' and key = 'SX'");
        Assert.Equal(1506.0 / 35, score!.Value, 9);
    }

    private Row TrustIndex(DateOnly cutoff, string scope, string key, string period)
    {
        using var connection = federation.Open(cutoff);
        return Assert.Single(connection.Query<Row>(
            "select c1, c2, c3, c4, c5, index, band from marts.mart_trust_index where scope = $scope and key = $key and period = $period",
            new { scope, key, period }));
    }

    private static void AssertScores(Row row, double? c1, double? c2, double? c3, double? c4, double? c5) =>
        TrustScoreAssert.Equal((c1, row.C1), (c2, row.C2), (c3, row.C3), (c4, row.C4), (c5, row.C5));

    /// <summary>The federation loaded once per cut-off.</summary>
    public sealed class Federation : IDisposable
    {
        private readonly Dictionary<DateOnly, TemporaryWarehouse> built = [];

        public Federation()
        {
            foreach (var cutoff in new[] { BeforeClosing, AfterClosing })
            {
                built[cutoff] = Build(cutoff);
            }
        }

        public DuckDB.NET.Data.DuckDBConnection Open(DateOnly cutoff) => built[cutoff].Database.Open();

        public void Dispose()
        {
            foreach (var warehouse in built.Values)
            {
                warehouse.Dispose();
            }
        }

        private static TemporaryWarehouse Build(DateOnly cutoff)
        {
            var warehouse = new TemporaryWarehouse();
            warehouse.Write("campaign.json", TrustFederation.Campaign);
            warehouse.Write("organisations.csv",
                "org_id,level,name_ru,name_kk,sector_id,territorial_id,region,members,valid_from,active",
                "FED,federation,Федерация,Федерация,,,,,,",
                "SX,sector,Отраслевой Х,Салалық Х,,,,,,",
                "TX,territorial,Объединение Х,Бірлестік Х,,,KZ-75,,,",
                "P1,primary,Первичка 1,Бастауыш 1,SX,TX,KZ-75,100,,",
                "P2,primary,Первичка 2,Бастауыш 2,SX,TX,KZ-75,200,,",
                "P2,primary,Первичка 2,Бастауыш 2,SX,TX,KZ-75,200,2026-11-15,false");
            warehouse.Write("events.csv",
                "event_id,org_id,type,date,participants",
                "E1,P1,unified_day,2026-09-03,40",
                "E2,P1,members_meeting,2026-09-04,30",
                "E3,P2,unified_day,2026-09-05,80");
            warehouse.Write("org_reports.csv",
                "org_id,period,workers_reached_month,workers_reached_total,appeals_offline,appeals_offline_resolved,legal_aid_consultations,reception_visitors,safety_participants,because_participants",
                "P1,2026-09,50,50,1,1,0,0,0,0",
                "P2,2026-09,150,150,2,2,0,0,0,0");
            warehouse.Write("appeals.csv",
                "appeal_id,received_at,channel,kind,org_id,first_response_at,status,satisfaction",
                "A1,2026-09-10T10:00:00+05:00,web,question,P1,2026-09-10T20:00:00+05:00,resolved,4",
                "A2,2026-09-12T10:00:00+05:00,phone,complaint,P2,2026-09-16T14:00:00+05:00,resolved,2",
                "A3,2026-11-05T10:00:00+05:00,web,problem,P2,2026-11-06T16:00:00+05:00,resolved,1");
            warehouse.Write("surveys.csv",
                "response_id,org_id,answered_at,trust,satisfaction",
                "S1,P2,2026-09-20T12:00:00+05:00,5,1");
            var load = new BatchLoader(warehouse.Database, new PseudonymKey(BuiltTrustFederation.Secret)).Load(warehouse.Inbox);
            Assert.All(load.Files, file => Assert.Equal(0, file.RowsQuarantined));
            using var connection = warehouse.Database.Open();
            ModelRunner.Shipped().Build(connection, cutoff, "test");
            return warehouse;
        }
    }
}
