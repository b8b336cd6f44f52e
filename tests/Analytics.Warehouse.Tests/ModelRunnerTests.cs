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
}
