using Analytics.TestSupport;
using Analytics.Warehouse.Runner;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Tests;

/// <summary>
/// The build writes its models as committed shadows and puts them in place in one transaction at the end: whatever
/// stops it, the models, the cut-off and the model states are those of the last build that finished.
/// </summary>
public sealed class BuildShadowsTests : IDisposable
{
    private static readonly DateOnly September = new(2026, 9, 30);
    private static readonly DateOnly October = new(2026, 10, 31);

    private readonly TemporaryWarehouse warehouse = new();
    private readonly DuckDBConnection connection;

    public BuildShadowsTests()
    {
        connection = warehouse.OpenPrepared();
    }

    [Fact]
    public void Build_FailingDataTest_LeavesModelsCutoffAndStatesOfTheLastBuild()
    {
        Runner("select * from (values (1), (2)) as t(n)").Build(connection, September, "test");

        Assert.Throws<DataTestFailedException>(() => Runner("select * from (values (1), (1)) as t(n)").Build(connection, October, "test"));

        Assert.Equal([1, 2], Numbers());
        Assert.Equal(September, Cutoff());
        Assert.Empty(Shadows());
        // the states are those of the September build: it is found unchanged
        Assert.Empty(Runner("select * from (values (1), (2)) as t(n)").Build(connection, September, "test").Timings);
    }

    [Fact]
    public void Build_ModelThatFails_LeavesTheModelsOfTheLastBuildAndNoShadow()
    {
        ModelRunner Models(string mart) => new(ModelCatalog.Parse(
        [
            new ModelSource("staging/stg_numbers.sql", "select 1 as n union all select 2", "grain: one row per n\nmaterialisation: table"),
            new ModelSource("marts/mart_numbers.sql", mart, "grain: one row per n"),
        ]));
        Models("select n from staging.stg_numbers").Build(connection, September, "test");

        var error = Assert.Throws<ModelFailedException>(() =>
            Models("select n + error('no such figure')::int as n from staging.stg_numbers").Build(connection, October, "test", full: true));

        Assert.Contains("Model marts.mart_numbers failed", error.Message, StringComparison.Ordinal);
        Assert.Equal("marts.mart_numbers", error.Model);
        Assert.False(error.InTests);
        Assert.IsType<DuckDBException>(error.InnerException);
        Assert.Equal([1, 2], Numbers());
        Assert.Equal([1, 2], connection.Query<int>("select n from staging.stg_numbers order by n"));
        Assert.Equal(September, Cutoff());
        Assert.Empty(Shadows());
    }

    [Fact]
    public void Build_DataTestQueryThatFails_NamesTheModelItTestsAndChangesNothing()
    {
        ModelRunner Models(string test) => new(ModelCatalog.Parse(
        [
            new ModelSource("marts/mart_numbers.sql", "select 1 as n union all select 2", $"grain: one row per n\ntests:\n  - name: broken\n    sql: {test}"),
        ]));
        Models("select * from marts.mart_numbers where n > 2").Build(connection, September, "test");

        var error = Assert.Throws<ModelFailedException>(() =>
            Models("select * from marts.mart_numbers where n > error('no such rule')::int").Build(connection, October, "test"));

        Assert.Equal("marts.mart_numbers", error.Model);
        Assert.True(error.InTests);
        Assert.StartsWith("Model marts.mart_numbers's data tests failed: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("no such rule", error.Message, StringComparison.Ordinal);
        Assert.IsType<DuckDBException>(error.InnerException);
        Assert.Equal(September, Cutoff());
        Assert.Empty(Shadows());
    }

    [Fact]
    public void Build_SeveralModelsFail_NamesTheFirstInDependencyOrderEveryTime()
    {
        var models = ModelCatalog.Parse(Enumerable.Range(0, 4).Select(i =>
            new ModelSource($"marts/mart_{(char)('a' + i)}.sql", $"select error('mart {i} has no figure') as n", "grain: one row")));
        var first = new ModelRunner(models).Ordered[0].QualifiedName;

        for (var run = 0; run < 5; run++)
        {
            var error = Assert.Throws<ModelFailedException>(() => new ModelRunner(models).Build(connection, September, "test"));
            Assert.StartsWith($"Model {first} failed", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Build_TextsAndCommentsNamingAModel_AreLeftAsWritten()
    {
        ModelRunner Models(string stg) => new(ModelCatalog.Parse(
        [
            new ModelSource("staging/stg_numbers.sql", stg, "grain: one row\nmaterialisation: table"),
            new ModelSource("marts/mart_labels.sql",
                "-- reads staging.stg_numbers\nselect 'staging.stg_numbers' as source, 'it''s staging.stg_numbers' as quoted, n from staging.stg_numbers",
                "grain: one row"),
        ]));
        Models("select 1 as n").Build(connection, September, "test");

        Models("select 2 as n").Build(connection, September, "test");

        Assert.Equal(("staging.stg_numbers", "it's staging.stg_numbers", 2), connection.QuerySingle<(string, string, int)>("select source, quoted, n from marts.mart_labels"));
    }

    [Fact]
    public void Build_AfterABuildThatStopped_DropsWhatItLeftAndBuildsAsUsual()
    {
        connection.Execute("create table marts.mart_numbers__building as select 99 as n");
        connection.Execute("create view staging.stg_other__building as select 98 as n");
        connection.Execute("create table config.build__building as select * from config.build");

        Runner("select * from (values (1), (2)) as t(n)").Build(connection, September, "test");

        Assert.Equal([1, 2], Numbers());
        Assert.Equal(September, Cutoff());
        Assert.Empty(Shadows());
    }

    [Fact]
    public void Build_OneModelChanged_ReadsItsNewRowsAndTheOthersWhereTheyAre()
    {
        // staging.stg_a is a prefix of staging.stg_a_b: only whole names may be pointed at a shadow
        ModelRunner Models(string stgA, string materialisation) => new(ModelCatalog.Parse(
        [
            new ModelSource("staging/stg_a.sql", stgA, $"grain: one row\nmaterialisation: {materialisation}"),
            new ModelSource("staging/stg_a_b.sql", "select 2 as n", "grain: one row\nmaterialisation: table"),
            new ModelSource("marts/mart_numbers.sql", "select * from staging.stg_a union all select * from staging.stg_a_b", "grain: one row per n"),
        ]));
        Models("select 1 as n", "view").Build(connection, September, "test");

        var result = Models("select 10 as n", "table").Build(connection, September, "test");

        Assert.Equal(["staging.stg_a", "marts.mart_numbers"], result.Timings.Select(timing => timing.Model));
        Assert.Equal([2, 10], Numbers());
        Assert.Equal("BASE TABLE", connection.ExecuteScalar<string>(
            "select table_type from information_schema.tables where table_schema = 'staging' and table_name = 'stg_a'"));
        Assert.Empty(Shadows());
    }

    [Fact]
    public void Build_Done_HasWrittenItsTablesIntoTheFileAndRestoredTheCheckpointSetting()
    {
        connection.Execute("set checkpoint_threshold = '3MiB'");

        Runner("select range as n from range(200000)").Build(connection, September, "test");

        // checkpointed once at the end, not left in the write-ahead log for the next command to replay
        var log = new FileInfo(warehouse.Database.Path + ".wal");
        Assert.Equal(0, log.Exists ? log.Length : 0);
        Assert.Equal("3.0 MiB", connection.ExecuteScalar<string>("select current_setting('checkpoint_threshold')"));
    }

    private static ModelRunner Runner(string sql) => new(ModelCatalog.Parse(
    [
        new ModelSource("marts/mart_numbers.sql", sql, "grain: one row per n\ncolumns:\n  - { name: n, unique: true }"),
    ]));

    private List<int> Numbers() => connection.Query<int>("select n from marts.mart_numbers order by n").ToList();

    private DateOnly Cutoff() => DateOnly.FromDateTime(connection.ExecuteScalar<DateTime>("select cutoff from config.build"));

    private List<string> Shadows() => connection.Query<string>(
        "select table_schema || '.' || table_name from information_schema.tables where table_name like '%\\_\\_building' escape '\\'").ToList();

    public void Dispose()
    {
        connection.Dispose();
        warehouse.Dispose();
    }
}
