using Analytics.TestSupport;
using Analytics.Warehouse.Runner;

namespace Analytics.Warehouse.Tests;

public sealed class ModelRunnerTests
{
    private static ModelDefinition Model(string path, string sql, string yaml = "description: test") =>
        ModelCatalog.Parse([new ModelSource(path, sql, yaml)]).Single();

    [Fact]
    public void Shipped_EveryModelHasAGrainAndRunsAfterWhatItReads()
    {
        var ordered = ModelRunner.Shipped().Ordered;

        Assert.All(ordered, model => Assert.False(string.IsNullOrWhiteSpace(model.Metadata.Grain), $"{model.QualifiedName} states no grain"));
        for (var i = 0; i < ordered.Count; i++)
        {
            foreach (var dependency in ordered[i].Dependencies)
            {
                Assert.True(ordered.Take(i).Any(model => model.QualifiedName == dependency), $"{ordered[i].QualifiedName} runs before {dependency}");
            }
        }
    }

    [Fact]
    public void Parse_ReferenceToNoModel_IsRejectedNamingBoth()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Model("marts/x.sql", "select * from staging.nothing_here"));

        Assert.Contains("marts.x reads staging.nothing_here", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FailingDataTest_RollsBackAndNamesModelTestAndRows()
    {
        using var warehouse = new TemporaryWarehouse();
        WarehouseSetup.Prepare(warehouse.Database);
        var models = ModelCatalog.Parse(
        [
            new ModelSource("marts/mart_numbers.sql", "select * from (values (1), (1), (2)) as t(n)",
                "grain: one row per n\ncolumns:\n  - { name: n, unique: true }"),
        ]);
        using var connection = warehouse.Database.Open();

        var error = Assert.Throws<DataTestFailedException>(() => new ModelRunner(models).Build(connection, new DateOnly(2026, 9, 1), "test"));

        Assert.Contains("marts.mart_numbers: test unique(n) found 1 offending row(s)", error.Message, StringComparison.Ordinal);
        Assert.Contains("n=1, copies=2", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, Dapper.SqlMapper.ExecuteScalar<long>(connection,
            "select count(*) from information_schema.tables where table_schema = 'marts' and table_name = 'mart_numbers'"));
    }

    [Fact]
    public void Build_FailingSingleRowTests_AreCountedInOneReadAndEachNamedWithItsRows()
    {
        using var warehouse = new TemporaryWarehouse();
        WarehouseSetup.Prepare(warehouse.Database);
        var models = ModelCatalog.Parse(
        [
            new ModelSource("marts/mart_letters.sql", "select * from (values (1, 'a'), (2, null), (null, 'z'), (4, 'z')) as t(n, letter)",
                "grain: one row per n\ncolumns:\n  - { name: n, not_null: true }\n  - { name: letter, not_null: true, accepted_values: [a, b] }"),
        ]);
        using var connection = warehouse.Database.Open();

        var error = Assert.Throws<DataTestFailedException>(() => new ModelRunner(models).Build(connection, new DateOnly(2026, 9, 1), "test"));

        // rows (null, 'z') and (2, null) have a null each; 'z' twice is not accepted, the null letter is not judged by it
        Assert.Contains("3 data test(s) failed", error.Message, StringComparison.Ordinal);
        Assert.Contains("marts.mart_letters: test not_null(n) found 1 offending row(s), e.g." + Environment.NewLine + "    n=null, letter=z", error.Message, StringComparison.Ordinal);
        Assert.Contains("marts.mart_letters: test not_null(letter) found 1 offending row(s), e.g." + Environment.NewLine + "    n=2, letter=null", error.Message, StringComparison.Ordinal);
        Assert.Contains("marts.mart_letters: test accepted_values(letter) found 2 offending row(s)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FailingDeclaredTests_CountTheSameWhetherTheyFilterOwnRowsOrReadFurther()
    {
        using var warehouse = new TemporaryWarehouse();
        WarehouseSetup.Prepare(warehouse.Database);
        // the first two only filter the model's own rows (read with its not-null tests); the others read more or
        // expand
        var models = ModelCatalog.Parse(
        [
            new ModelSource("marts/mart_pairs.sql", "select * from (values (1, 2), (3, 3), (5, 4), (null, 9)) as t(a, b)",
                """
                grain: one row per a
                tests:
                  - { name: a_below_b, sql: "SELECT * FROM marts.mart_pairs\nWHERE a >= b" }
                  - { name: b_not_nine, sql: "select * from marts.mart_pairs where b = 9" }
                  - { name: a_below_the_largest_b, sql: "select * from marts.mart_pairs where a >= (select max(b) from marts.mart_pairs)" }
                  - { name: sum_of_a_is_odd, sql: "select sum(a) as total from marts.mart_pairs having sum(a) % 2 = 0" }
                  - { name: never_all_null, sql: "select * from marts.mart_pairs where columns(*) is null" }
                """),
        ]);
        using var connection = warehouse.Database.Open();

        var error = Assert.Throws<DataTestFailedException>(() => new ModelRunner(models).Build(connection, new DateOnly(2026, 9, 1), "test"));

        // a >= b: (3, 3) and (5, 4), the null a is not judged; b = 9: (null, 9); a >= 9: none; 1 + 3 + 5 = 9 is odd;
        // no row is null in both columns (columns(…) would count once per column in the shared read: it runs alone)
        Assert.Contains("2 data test(s) failed", error.Message, StringComparison.Ordinal);
        Assert.Contains("marts.mart_pairs: test a_below_b found 2 offending row(s), e.g." + Environment.NewLine + "    a=3, b=3" + Environment.NewLine + "    a=5, b=4", error.Message, StringComparison.Ordinal);
        Assert.Contains("marts.mart_pairs: test b_not_nine found 1 offending row(s), e.g." + Environment.NewLine + "    a=null, b=9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ModelAskingForATable_IsATableWhateverItsLayer()
    {
        using var warehouse = new TemporaryWarehouse();
        WarehouseSetup.Prepare(warehouse.Database);
        var models = ModelCatalog.Parse(
        [
            new ModelSource("staging/stg_numbers.sql", "select 1 as n", "grain: one row\nmaterialisation: table"),
            new ModelSource("staging/stg_letters.sql", "select 'a' as letter", "grain: one row"),
        ]);
        using var connection = warehouse.Database.Open();

        new ModelRunner(models).Build(connection, new DateOnly(2026, 9, 1), "test");

        Assert.Equal(["stg_letters VIEW", "stg_numbers BASE TABLE"], Dapper.SqlMapper.Query<string>(connection,
            "select table_name || ' ' || table_type from information_schema.tables where table_schema = 'staging' and table_name in ('stg_numbers', 'stg_letters') order by 1"));
    }
}
