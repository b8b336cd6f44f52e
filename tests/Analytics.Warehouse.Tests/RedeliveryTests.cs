using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.TestSupport;
using Analytics.Warehouse.Runner;
using Dapper;

namespace Analytics.Warehouse.Tests;

/// <summary>Input contract, re-delivery: which version of a re-delivered id the warehouse keeps.</summary>
public sealed class RedeliveryTests : IDisposable
{
    private const string Header = "event_id,org_id,type,date,participants,submitted_at";
    private readonly TemporaryWarehouse warehouse = new();
    private readonly BatchLoader loader;

    public RedeliveryTests()
    {
        loader = new BatchLoader(warehouse.Database, new PseudonymKey("test-secret-of-sixteen-or-more"));
        warehouse.Write("campaign.json", SmallFederation.Campaign);
        warehouse.Write("organisations.csv", SmallFederation.Organisations);
    }

    [Fact]
    public void Staging_RedeliveredIds_KeepTheVersionTheContractSays()
    {
        warehouse.Write("events.csv", Header,
            "E1,P1,other,2026-09-03,10,2026-09-05T10:00:00+05:00",
            "E2,P1,other,2026-09-03,10,",
            "E3,P1,other,2026-09-03,10,2026-09-05T10:00:00+05:00",
            "E6,P1,other,2026-09-03,10,");
        loader.Load(warehouse.Inbox);
        warehouse.ClearInbox();
        warehouse.Write("events_a.csv", Header,
            "E1,P1,other,2026-09-03,20,2026-09-04T10:00:00+05:00",  // older submitted_at loses to batch 1
            "E2,P1,other,2026-09-03,20,",                           // neither has one: the later batch wins
            "E3,P1,other,2026-09-03,20,",                           // without submitted_at loses to one with it
            "E4,P1,other,2026-09-03,20,2026-09-06T10:00:00+05:00",
            "E5,P1,other,2026-09-03,20,",
            "E5,P1,other,2026-09-03,30,",                           // same file: the later row wins
            "E6,P1,other,2026-09-03,x,");                           // quarantined: never replaces batch 1's E6
        warehouse.Write("events_b.csv", Header,
            "E4,P1,other,2026-09-03,30,2026-09-06T10:00:00+05:00"); // tie within the batch: the later file wins
        loader.Load(warehouse.Inbox);

        using var connection = warehouse.Database.Open();
        ModelRunner.Shipped().Build(connection, new DateOnly(2026, 12, 31), "test");
        var kept = connection.Query<(string Id, long Participants)>("select event_id, participants from staging.stg_inbox__events order by event_id");

        Assert.Equal([("E1", 10L), ("E2", 20L), ("E3", 10L), ("E4", 30L), ("E5", 30L), ("E6", 10L)], kept);
    }

    public void Dispose() => warehouse.Dispose();
}
