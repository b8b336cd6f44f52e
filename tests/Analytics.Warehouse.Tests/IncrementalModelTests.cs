using Analytics.TestSupport;
using Analytics.Warehouse.Runner;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Tests;

/// <summary>
/// Issue 11: a model declared incremental (each row from the rows of one key in a growing raw table) is rebuilt, when
/// only later batches reached that table, for the keys those batches name, and gives the rows a whole rebuild gives.
/// Anything else that changed makes it rebuild whole.
/// </summary>
public sealed class IncrementalModelTests : IDisposable
{
    private static readonly DateOnly Cutoff = new(2026, 12, 31);

    private const string Dated = "intermediate.int_events_dated";

    private readonly TemporaryWarehouse warehouse = new();

    private readonly DuckDBConnection connection;

    public IncrementalModelTests()
    {
        connection = warehouse.OpenPrepared();
        AddEvent("E1", batch: 1, participants: 10, submitted: "2026-10-01 09:00");
        AddEvent("E2", batch: 1, participants: 20, submitted: "2026-10-01 09:00");
        AddEvent("E3", batch: 1, participants: 30, submitted: "2026-10-01 09:00");
    }

    private static IReadOnlyList<ModelSource> Models(string? datedWhere = "events.\"date\" <= build.cutoff", string incremental = "{ source: raw.events, key: [event_id] }", string datedTests = "") =>
    [
        new("staging/stg_events.sql",
            """
            select * from raw.events
            qualify row_number() over (partition by event_id order by submitted_at desc nulls last, batch_id desc) = 1
            """,
            "grain: one row per event"),
        new("intermediate/int_events_dated.sql",
            $"""
            select events.event_id, events.org_id, events."date" as event_date, events.participants
            from staging.stg_events as events{(datedWhere is null ? "" : $" cross join config.build as build where {datedWhere}")}
            """,
            $"grain: one row per event\nincremental: {incremental}{datedTests}"),
        new("marts/mart_participants.sql",
            $"select count(*) as events, coalesce(sum(participants), 0)::bigint as participants from {Dated}",
            "grain: one row"),
    ];

    private BuildResult Build(IReadOnlyList<ModelSource>? models = null, DateOnly? cutoff = null, bool full = false) =>
        new ModelRunner(ModelCatalog.Parse(models ?? Models())).Build(connection, cutoff ?? Cutoff, "test", full: full);

    private void AddEvent(string id, long batch, long participants, string submitted, string date = "2026-10-01") => connection.Execute(
        """
        insert into raw.events (event_id, org_id, type, "date", participants, submitted_at, batch_id, source_file, source_row)
        values ($id, 'P1', 'other', $date::date, $participants, $submitted::timestamp, $batch, 'events.csv', $batch * 100 + 2)
        """,
        new { id, batch, participants, submitted, date });

    private List<(string Id, DateTime Date, long Participants)> DatedRows() =>
        connection.Query<(string, DateTime, long)>($"select event_id, event_date, participants from {Dated} order by event_id").ToList();

    private List<string> Relations() => connection.Query<string>(
        "select table_schema || '.' || table_name from information_schema.tables where table_schema in ('staging', 'intermediate', 'marts') order by 1").ToList();

    /// <summary>The model's rows as they are, then as a build of every model gives them.</summary>
    private (List<(string Id, DateTime Date, long Participants)> InPart, List<(string Id, DateTime Date, long Participants)> Whole) RowsAndWholeRows(IReadOnlyList<ModelSource>? models = null)
    {
        var inPart = DatedRows();
        Build(models, full: true);
        return (inPart, DatedRows());
    }

    [Fact]
    public void Build_LaterBatch_RecomputesOnlyItsKeysAndEqualsAWholeBuild()
    {
        Build();
        AddEvent("E2", batch: 2, participants: 25, submitted: "2026-10-02 09:00");
        // an older version delivered late: the version already kept stays the latest
        AddEvent("E3", batch: 2, participants: 99, submitted: "2026-09-30 09:00");
        // moved past the cut-off: the event leaves the model
        AddEvent("E1", batch: 2, participants: 10, submitted: "2026-10-02 09:00", date: "2027-01-05");
        AddEvent("E4", batch: 2, participants: 0, submitted: "2026-10-02 09:00");

        var result = Build();

        Assert.Equal([Dated], result.InPart);
        Assert.Equal(3, result.Timings.Count);
        // the model downstream read the rows of this build, not the table as it was
        Assert.Equal((3L, 55L), connection.QuerySingle<(long, long)>("select events, participants from marts.mart_participants"));
        var (inPart, whole) = RowsAndWholeRows();
        Assert.Equal(whole, inPart);
        Assert.Equal(["E2", "E3", "E4"], inPart.Select(row => row.Id));
        Assert.Equal([25L, 30L, 0L], inPart.Select(row => row.Participants));
    }

    [Fact]
    public void Build_InPart_LeavesNoWorkingTableAndBuildsInPartAgainNextTime()
    {
        Build();
        var before = Relations();
        AddEvent("E5", batch: 2, participants: 5, submitted: "2026-10-02 09:00");
        Build();
        AddEvent("E5", batch: 3, participants: 6, submitted: "2026-10-03 09:00");

        var third = Build();

        Assert.Equal(before, Relations());
        Assert.Equal([Dated], third.InPart);
        var (inPart, whole) = RowsAndWholeRows();
        Assert.Equal(whole, inPart);
        Assert.Equal(6L, inPart.Single(row => row.Id == "E5").Participants);
    }

    [Fact]
    public void Build_NewCutoff_RebuildsWhole()
    {
        Build();
        AddEvent("E4", batch: 2, participants: 5, submitted: "2026-10-02 09:00", date: "2026-11-15");

        var result = Build(cutoff: new DateOnly(2026, 10, 31));

        Assert.Empty(result.InPart);
        Assert.Equal(["E1", "E2", "E3"], DatedRows().Select(row => row.Id));
    }

    [Fact]
    public void Build_NewCutoff_ModelThatDoesNotReadIt_IsStillRebuiltInPart()
    {
        var models = Models(datedWhere: null);
        Build(models);
        AddEvent("E2", batch: 2, participants: 25, submitted: "2026-10-02 09:00");

        var result = Build(models, cutoff: new DateOnly(2026, 11, 30));

        Assert.Equal([Dated], result.InPart);
        var (inPart, whole) = RowsAndWholeRows(models);
        Assert.Equal(whole, inPart);
        Assert.Equal([10L, 25L, 30L], inPart.Select(row => row.Participants));
    }

    [Fact]
    public void Build_ChangedModelSql_RebuildsWhole()
    {
        Build();
        AddEvent("E4", batch: 2, participants: 5, submitted: "2026-10-02 09:00");
        var models = Models(datedWhere: "events.\"date\" <= build.cutoff and events.participants > 15");

        var result = Build(models);

        Assert.Empty(result.InPart);
        Assert.Equal(["E2", "E3"], DatedRows().Select(row => row.Id));
    }

    [Fact]
    public void Build_SourceRowOfAnEarlierBatchGone_RebuildsWhole()
    {
        Build();
        connection.Execute("delete from raw.events where event_id = 'E1'");
        AddEvent("E4", batch: 2, participants: 5, submitted: "2026-10-02 09:00");

        var result = Build();

        Assert.Empty(result.InPart);
        Assert.Equal(["E2", "E3", "E4"], DatedRows().Select(row => row.Id));
    }

    [Fact]
    public void Build_TableDroppedByHand_RebuildsWhole()
    {
        Build();
        connection.Execute($"drop table {Dated}");
        AddEvent("E4", batch: 2, participants: 5, submitted: "2026-10-02 09:00");

        var result = Build();

        Assert.Empty(result.InPart);
        Assert.Equal(["E1", "E2", "E3", "E4"], DatedRows().Select(row => row.Id));
    }

    [Fact]
    public void Build_Full_RebuildsWhole()
    {
        Build();
        AddEvent("E4", batch: 2, participants: 5, submitted: "2026-10-02 09:00");

        var result = Build(full: true);

        Assert.Empty(result.InPart);
        Assert.Equal(4, DatedRows().Count);
    }

    [Fact]
    public void Build_InPartWhoseTestsFail_ChangesNothingAndLeavesNoWorkingTable()
    {
        var models = Models(datedTests: "\ntests:\n  - { name: no_huge_events, sql: select * from intermediate.int_events_dated where participants > 1000 }");
        Build(models);
        var rows = DatedRows();
        var relations = Relations();
        AddEvent("E4", batch: 2, participants: 5000, submitted: "2026-10-02 09:00");

        Assert.Throws<DataTestFailedException>(() => Build(models));

        Assert.Equal(rows, DatedRows());
        Assert.Equal(relations, Relations());
        Assert.Empty(connection.Query<string>("select table_name from information_schema.tables where table_name like '%building%'"));
        AddEvent("E4", batch: 3, participants: 50, submitted: "2026-10-03 09:00");
        var result = Build(models);
        Assert.Equal([Dated], result.InPart);
        Assert.Equal(50L, DatedRows().Single(row => row.Id == "E4").Participants);
    }

    [Theory]
    [InlineData("{ source: raw.cases, key: [event_id] }", "does not read its incremental source raw.cases")]
    [InlineData("{ source: staging.stg_events, key: [event_id] }", "is no raw table")]
    [InlineData("{ source: raw.events, key: [] }", "names no column")]
    public void Parse_IncrementalThatCannotHold_IsRefused(string incremental, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() => ModelCatalog.Parse(Models(incremental: incremental)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_KeyThatIsNoColumnOfTheSource_IsRefusedAtTheFirstBuild()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Build(Models(incremental: "{ source: raw.events, key: [event_no] }")));

        Assert.Equal("Model intermediate.int_events_dated: its incremental key column event_no is no column of raw.events.", error.Message);
        Assert.Empty(Relations());
    }

    [Fact]
    public void Build_KeyThatIsNoColumnOfTheModel_FailsAtTheFirstBuild()
    {
        var models = Models().Select(model => model.RelativePath.StartsWith("intermediate/", StringComparison.Ordinal)
            ? model with { Sql = "select events.org_id, events.participants from staging.stg_events as events" }
            : model).ToList();

        var error = Assert.Throws<ModelFailedException>(() => Build(models));

        Assert.Equal(Dated, error.Model);
        Assert.True(error.InTests);
        Assert.Contains("event_id", error.Message, StringComparison.Ordinal);
        Assert.Empty(Relations());
    }

    [Fact]
    public void Parse_IncrementalView_IsRefused()
    {
        var models = Models().Select(model => model.RelativePath.StartsWith("intermediate/", StringComparison.Ordinal)
            ? model with { Yaml = model.Yaml + "\nmaterialisation: view" }
            : model).ToList();

        var error = Assert.Throws<InvalidOperationException>(() => ModelCatalog.Parse(models));

        Assert.Contains("only a table can be rebuilt in part", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        connection.Dispose();
        warehouse.Dispose();
    }
}
