using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.TestSupport;
using Analytics.Warehouse.Runner;
using Dapper;

namespace Analytics.Warehouse.Tests;

/// <summary>
/// Methodology §14 on the small federation (sector unions S1, S2, territorial association T1, all active).
/// Month 1 (2026-09): S1 returned on 02.10 then confirmed on 05.10 → confirmed (the latest wins);
/// S2 confirmed on 03.10 then returned on 14.10 at 23:30 local → returned from the cut-off 14.10 on;
/// T1 never answered → not confirmed.
/// Month 2 (2026-10): S1 confirmed on 15.10 at 23:59 local → counts at the cut-off 15.10;
/// T1 confirmed at 2026-10-15T19:30Z = 16.10 00:30 local → not yet known at the cut-off 15.10.
/// </summary>
public sealed class ConfirmationsTests : IDisposable
{
    private readonly TemporaryWarehouse warehouse = new();

    public ConfirmationsTests()
    {
        SmallFederation.WriteTo(warehouse);
        warehouse.Write("confirmations.csv",
            "confirmation_id,org_id,period,status,confirmed_at,confirmed_by,comment",
            "CF1,S1,2026-09,returned,2026-10-02T10:00:00+05:00,Иванов И.,неполные отчёты",
            "CF2,S1,2026-09,confirmed,2026-10-05T10:00:00+05:00,Иванов И.,",
            "CF3,S2,2026-09,confirmed,2026-10-03T10:00:00+05:00,Петрова А.,",
            "CF4,S2,2026-09,returned,2026-10-14T23:30:00+05:00,Петрова А.,",
            "CF5,T1,2026-10,confirmed,2026-10-15T19:30:00Z,Ахметов Б.,",
            "CF6,S1,2026-10,confirmed,2026-10-15T23:59:00+05:00,Иванов И.,");
        new BatchLoader(warehouse.Database, new PseudonymKey("test-secret-of-sixteen-or-more")).Load(warehouse.Inbox);
    }

    [Fact]
    public void Build_AtTheCutoff_LatestConfirmationKnownByTheCutoffDayDecides()
    {
        Build(new DateOnly(2026, 10, 15));

        Assert.Equal(
            [
                (1L, "sector", "S1", true), (1L, "sector", "S2", false), (1L, "territorial", "T1", false),
                (2L, "sector", "S1", true), (2L, "sector", "S2", false), (2L, "territorial", "T1", false),
            ],
            Confirmations());
        // Month 1: sector unions 1 of 2 (S1), territorial associations 0 of 1; month 2 likewise.
        Assert.Equal([(1L, "sector", 2L, 1L), (1L, "territorial", 1L, 0L), (2L, "sector", 2L, 1L), (2L, "territorial", 1L, 0L)], Summary());
    }

    [Fact]
    public void Build_BeforeTheReturn_TheEarlierConfirmationIsInForce()
    {
        // At 13.10 S2's return of 14.10 is not known yet: its confirmation of 03.10 holds; month 2 has no decision yet.
        Build(new DateOnly(2026, 10, 13));

        Assert.Equal([(1L, "sector", 2L, 2L), (1L, "territorial", 1L, 0L), (2L, "sector", 2L, 0L), (2L, "territorial", 1L, 0L)], Summary());
    }

    [Fact]
    public void Build_ConfirmedBy_StaysInRaw()
    {
        Build(new DateOnly(2026, 10, 15));

        using var connection = warehouse.Database.Open();
        Assert.Equal(
            ["raw"],
            connection.Query<string>("select distinct table_schema from information_schema.columns where column_name = 'confirmed_by'"));
    }

    private void Build(DateOnly cutoff)
    {
        using var connection = warehouse.Database.Open();
        ModelRunner.Shipped().Build(connection, cutoff, "test");
    }

    private List<(long, string, string, bool)> Confirmations()
    {
        using var connection = warehouse.Database.Open();
        return connection.Query<(long, string, string, bool)>(
            "select month, scope, key, confirmed from marts.mart_confirmations order by month, scope, key").ToList();
    }

    private List<(long, string, long, long)> Summary()
    {
        using var connection = warehouse.Database.Open();
        return connection.Query<(long, string, long, long)>(
            "select month, scope, unions, confirmed from marts.mart_confirmations_summary order by month, scope").ToList();
    }

    public void Dispose() => warehouse.Dispose();
}
