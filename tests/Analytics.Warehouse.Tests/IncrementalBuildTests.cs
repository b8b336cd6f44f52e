using Analytics.TestSupport;
using Analytics.Warehouse.Runner;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Tests;

/// <summary>
/// Issue 11: a build rebuilds only the models whose inputs changed since the last build (their SQL, the cut-off,
/// the raw and configuration tables they read, the models upstream), and reruns only the data tests whose inputs
/// changed; <c>full</c> rebuilds everything.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private static readonly DateOnly Cutoff = new(2026, 12, 31);

    private readonly TemporaryWarehouse warehouse = new();

    private readonly DuckDBConnection connection;

    public IncrementalBuildTests()
    {
        connection = warehouse.OpenPrepared();
        AddEvent(batch: 1, participants: 10);
    }

    private static IReadOnlyList<ModelSource> Models(string eventsSql = "select event_id, participants from raw.events", string constantTest = "") =>
    [
        new("staging/stg_events.sql", eventsSql, "grain: one row per event"),
        new("marts/mart_events.sql", "select count(*) as events, coalesce(sum(participants), 0)::bigint as participants from staging.stg_events", "grain: one row"),
        new("marts/mart_cases.sql", "select count(*) as cases from raw.cases", "grain: one row"),
        new("marts/mart_cutoff.sql", "select cutoff from config.build", "grain: one row"),
        new("marts/mart_targets.sql", "select count(*) as targets, sum(value) as total from config.targets", "grain: one row"),
        new("marts/mart_constant.sql", "select 1 as n", "grain: one row" + constantTest),
    ];

    private BuildResult Build(IReadOnlyList<ModelSource>? models = null, DateOnly? cutoff = null, bool full = false) =>
        new ModelRunner(ModelCatalog.Parse(models ?? Models())).Build(connection, cutoff ?? Cutoff, "test", full: full);

    private static List<string> Rebuilt(BuildResult result) => result.Timings.Select(timing => timing.Model).Order(StringComparer.Ordinal).ToList();

    private void AddEvent(long batch, long participants) => connection.Execute(
        """
        insert into raw.events (event_id, org_id, type, "date", participants, batch_id, source_file, source_row)
        values ('E' || $batch, 'P1', 'other', date '2026-10-01', $participants, $batch, 'events.csv', 2)
        """,
        new { batch, participants });

    [Fact]
    public void Build_NothingChanged_RebuildsNoModelAndRunsNoTest()
    {
        var first = Build();

        var second = Build();

        Assert.Equal(6, Rebuilt(first).Count);
        Assert.Equal(6, first.Tested);
        Assert.Empty(second.Timings);
        Assert.Equal(0, second.Tested);
        Assert.Equal(6, second.Unchanged);
        Assert.Equal((1L, 10L), connection.QuerySingle<(long, long)>("select events, participants from marts.mart_events"));
    }

    [Fact]
    public void Build_NewRawRows_RebuildsWhatReadsThemAndNothingElse()
    {
        Build();
        AddEvent(batch: 2, participants: 5);

        var result = Build();

        Assert.Equal(["marts.mart_events", "staging.stg_events"], Rebuilt(result));
        Assert.Equal((2L, 15L), connection.QuerySingle<(long, long)>("select events, participants from marts.mart_events"));
    }

    [Fact]
    public void Build_NewCutoff_RebuildsWhatReadsTheCutoff()
    {
        Build();

        var result = Build(cutoff: new DateOnly(2026, 10, 31));

        Assert.Equal(["marts.mart_cutoff"], Rebuilt(result));
        Assert.Equal(new DateTime(2026, 10, 31), connection.ExecuteScalar<DateTime>("select cutoff from marts.mart_cutoff"));
    }

    [Fact]
    public void Build_ChangedConfiguration_RebuildsWhatReadsIt()
    {
        Build();
        var before = connection.ExecuteScalar<decimal>("select total from marts.mart_targets");
        connection.Execute("update config.targets set value = value + 1 where key = (select min(key) from config.targets)");

        var result = Build();

        Assert.Equal(["marts.mart_targets"], Rebuilt(result));
        Assert.Equal(before + 1, connection.ExecuteScalar<decimal>("select total from marts.mart_targets"));
    }

    [Fact]
    public void Build_ChangedModelSql_RebuildsItAndWhatReadsIt()
    {
        Build();

        var result = Build(Models(eventsSql: "select event_id, participants * 2 as participants from raw.events"));

        Assert.Equal(["marts.mart_events", "staging.stg_events"], Rebuilt(result));
        Assert.Equal(20L, connection.ExecuteScalar<long>("select participants from marts.mart_events"));
    }

    [Fact]
    public void Build_ModelDroppedByHand_IsBuiltAgain()
    {
        Build();
        connection.Execute("drop table marts.mart_cases");

        var result = Build();

        Assert.Equal(["marts.mart_cases"], Rebuilt(result));
        Assert.Equal(0L, connection.ExecuteScalar<long>("select cases from marts.mart_cases"));
    }

    [Fact]
    public void Build_Full_RebuildsAndTestsEveryModel()
    {
        Build();

        var result = Build(full: true);

        Assert.Equal(6, result.Timings.Count);
        Assert.Equal(6, result.Tested);
    }

    [Fact]
    public void Build_TestReadingAChangedModel_RunsAgainAndItsFailureRollsTheBuildBack()
    {
        // mart_constant does not change, but its test reads mart_events: a second event must fail it.
        var models = Models(constantTest: "\ntests:\n  - { name: one_event, sql: select * from marts.mart_events where events > 1 }");
        Build(models);
        AddEvent(batch: 2, participants: 5);

        var error = Assert.Throws<DataTestFailedException>(() => Build(models));

        Assert.Contains("marts.mart_constant: test one_event found 1 offending row(s)", error.Message, StringComparison.Ordinal);
        Assert.Equal(1L, connection.ExecuteScalar<long>("select events from marts.mart_events"));
        // the rolled-back build recorded nothing: the same build fails again rather than trusting the failed one
        Assert.Throws<DataTestFailedException>(() => Build(models));
    }

    public void Dispose()
    {
        connection.Dispose();
        warehouse.Dispose();
    }
}
