using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.TestSupport;
using Analytics.Warehouse.Runner;
using CsCheck;
using Dapper;
using Xunit.Abstractions;

namespace Analytics.Warehouse.Tests;

/// <summary>
/// Issue 11: an incremental build gives exactly what a build of every model gives. Generated federations arrive in
/// two batches split at random, built after each (the second time at the same or another cut-off); every table and
/// view of the model layers is then compared, row for row, with a full build of a copy of the same warehouse.
/// </summary>
public sealed class IncrementalBuildEquivalenceTests(ITestOutputHelper output)
{
    private const int Runs = 4;

    private static readonly Gen<(FederationShape Shape, int FirstBatch, int SecondCutoff)> Deliveries =
        from shape in FederationShapes.Any
        from firstBatch in Gen.Int[0, 1023]
        from secondCutoff in Gen.Int[0, 2]
        select (shape, firstBatch, secondCutoff);

    [Fact]
    public void IncrementalBuild_AfterASecondBatch_EqualsAFullBuild() =>
        Deliveries.Sample(
            delivery => AssertIncrementalEqualsFull(delivery.Shape, delivery.FirstBatch, delivery.SecondCutoff),
            writeLine: output.WriteLine,
            iter: Runs,
            threads: 1,
            print: delivery => $"{delivery.Shape}; first batch mask {delivery.FirstBatch}; second cut-off kind {delivery.SecondCutoff}");

    private static void AssertIncrementalEqualsFull(FederationShape shape, int firstBatch, int secondCutoffKind)
    {
        using var warehouse = new TemporaryWarehouse();
        var everything = Path.Combine(warehouse.Root, "everything");
        FederationShapes.Write(shape, everything);
        var optional = Directory.GetFiles(everything).Select(Path.GetFileName).OfType<string>()
            .Where(file => file is not ("campaign.json" or "organisations.csv")).Order(StringComparer.Ordinal).ToList();
        var first = optional.Where((_, i) => (firstBatch & (1 << i)) != 0).Concat(["campaign.json", "organisations.csv"]).ToList();
        var loader = new BatchLoader(warehouse.Database, new PseudonymKey("incremental-build-test-secret"));
        var secondCutoff = secondCutoffKind switch
        {
            0 => shape.Cutoff,
            1 => shape.LastDay,
            _ => shape.FirstDay.AddDays(20),
        };

        Deliver(everything, warehouse.Inbox, first);
        loader.Load(warehouse.Inbox);
        Build(warehouse.Database, shape.Cutoff);
        warehouse.ClearInbox();
        Deliver(everything, warehouse.Inbox, optional.Except(first, StringComparer.Ordinal));
        loader.Load(warehouse.Inbox);
        Build(warehouse.Database, secondCutoff);
        var again = Build(warehouse.Database, secondCutoff);

        var copy = new WarehouseDatabase(Path.Combine(warehouse.Root, "full.duckdb"));
        File.Copy(warehouse.Database.Path, copy.Path);
        using (var connection = copy.Open())
        {
            new ModelRunner(ModelRunner.Shipped().Ordered).Build(connection, secondCutoff, "test", full: true);
        }

        Assert.Empty(again.Timings);
        AssertSameModels(warehouse.Database, copy.Path);
    }

    private static void Deliver(string from, string inbox, IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            File.Copy(Path.Combine(from, file), Path.Combine(inbox, file));
        }
    }

    private static BuildResult Build(WarehouseDatabase database, DateOnly cutoff)
    {
        using var connection = database.Open();
        var result = ModelRunner.Shipped().Build(connection, cutoff, "test");
        connection.Execute("checkpoint");
        return result;
    }

    private static void AssertSameModels(WarehouseDatabase incremental, string full)
    {
        using var connection = incremental.Open();
        connection.Execute($"attach '{full.Replace("'", "''", StringComparison.Ordinal)}' as full_build (read_only)");
        var relations = connection.Query<string>(
            """
            select table_schema || '.' || table_name from information_schema.tables
            where table_catalog = current_database() and table_schema in ('staging', 'intermediate', 'marts') order by 1
            """).ToList();
        Assert.Equal(ModelRunner.Shipped().Ordered.Count, relations.Count);
        var differing = relations.Where(relation => connection.ExecuteScalar<long>(
            $"""
            select (select count(*) from (select * from {relation} except all select * from full_build.{relation}))
                 + (select count(*) from (select * from full_build.{relation} except all select * from {relation}))
            """) > 0).ToList();
        Assert.True(differing.Count == 0, $"The incremental build differs from the full one in: {string.Join(", ", differing)}");
    }
}
