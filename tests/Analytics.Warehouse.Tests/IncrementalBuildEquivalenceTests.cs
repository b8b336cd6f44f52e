using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.TestSupport;
using Analytics.Warehouse.Runner;
using CsCheck;
using Dapper;
using Xunit.Abstractions;

namespace Analytics.Warehouse.Tests;

/// <summary>
/// Issue 11: an incremental build gives exactly what a build of every model gives. A generated federation arrives in
/// two batches: the first holds the campaign, the registry and a random part of its other files; the second a random
/// part of the files of the same federation drawn again (another data seed), so it appends rows, re-delivers the same
/// ids with other values and may bring a new registry or campaign. The warehouse is built after each batch (the second
/// time at the same or another cut-off). A second warehouse loads the same two batches and builds once with every
/// model and its classification afresh; every table and view of the model layers must be equal, row for row.
/// </summary>
public sealed class IncrementalBuildEquivalenceTests(ITestOutputHelper output)
{
    private const int Runs = 4;

    private static readonly Gen<(FederationShape Shape, uint FirstBatch, uint SecondBatch, int SecondCutoff)> Deliveries =
        from shape in FederationShapes.Any
        from firstBatch in Gen.UInt
        from secondBatch in Gen.UInt
        from secondCutoff in Gen.Int[0, 2]
        select (shape, firstBatch, secondBatch, secondCutoff);

    [Fact]
    public void IncrementalBuild_AfterASecondBatch_EqualsAFullBuild() =>
        Deliveries.Sample(
            delivery => AssertIncrementalEqualsFull(delivery.Shape, delivery.FirstBatch, delivery.SecondBatch, delivery.SecondCutoff),
            writeLine: output.WriteLine,
            iter: Runs,
            threads: 1,
            print: delivery => $"{delivery.Shape}; batch masks {delivery.FirstBatch}, {delivery.SecondBatch}; second cut-off kind {delivery.SecondCutoff}");

    [Fact]
    public void IncrementalBuild_SparseFederation_EqualsAFullBuild()
    {
        // one sector union and one territorial association, two primaries, no dataset beyond the registry and events,
        // first built in week 1 (03.09), then on 21.09 after the events are drawn again
        var sparse = new FederationShape(
            "2026-09", 1, 1, false, [new PrimaryShape(1, 1, true, 100, null), new PrimaryShape(1, 1, true, 600, null)],
            ShapeDatasets.None, 0, false, CutoffKind.FirstWeek, new DateOnly(2026, 9, 3), false, 7);

        AssertIncrementalEqualsFull(sparse, firstMask: 0, secondMask: uint.MaxValue, secondCutoffKind: 2);
    }

    /// <summary>
    /// Rows of every dataset read by a model rebuilt in part, drawn again and delivered alone at the same cut-off:
    /// those models recompute only the ids the batch names, and still give what a full build gives.
    /// </summary>
    [Fact]
    public void IncrementalBuild_OnlyDatedRowsDeliveredAgain_RebuildsThemInPartAndEqualsAFullBuild() =>
        FederationShapes.Any.Select(shape => shape with { Datasets = ShapeDatasets.All }).Sample(
            shape =>
            {
                var second = AssertIncrementalEqualsFull(shape, firstMask: uint.MaxValue, secondCutoffKind: 0, secondFiles: files => files.Where(DatedFiles.Contains));
                Assert.Equal(
                    [
                        "intermediate.int_appeals_classified", "intermediate.int_appeals_dated", "intermediate.int_appeals_topics", "intermediate.int_events_dated",
                        "intermediate.int_media_dated", "intermediate.int_reports_dated", "intermediate.int_surveys_dated", "staging.stg_inbox__appeals",
                    ],
                    second.InPart);
            },
            writeLine: output.WriteLine,
            iter: 2,
            threads: 1);

    private static readonly string[] DatedFiles = ["appeals.csv", "events.csv", "media.csv", "org_reports.csv", "surveys.csv"];

    private static void AssertIncrementalEqualsFull(FederationShape shape, uint firstMask, uint secondMask, int secondCutoffKind) =>
        AssertIncrementalEqualsFull(shape, firstMask, secondCutoffKind, files => Pick(files, secondMask));

    /// <returns>The incremental warehouse's second build.</returns>
    private static BuildResult AssertIncrementalEqualsFull(FederationShape shape, uint firstMask, int secondCutoffKind, Func<IEnumerable<string>, IEnumerable<string>> secondFiles)
    {
        using var incremental = new TemporaryWarehouse();
        using var full = new TemporaryWarehouse();
        var drawn = Path.Combine(incremental.Root, "drawn");
        var redrawn = Path.Combine(incremental.Root, "redrawn");
        FederationShapes.Write(shape, drawn);
        FederationShapes.Write(shape with { DataSeed = shape.DataSeed + 1 }, redrawn);
        var first = Pick(FileNames(drawn), firstMask).Concat(["campaign.json", "organisations.csv"]).Distinct(StringComparer.Ordinal).ToList();
        var second = secondFiles(FileNames(redrawn)).ToList();
        var secondCutoff = secondCutoffKind switch
        {
            0 => shape.Cutoff,
            1 => shape.LastDay,
            _ => shape.FirstDay.AddDays(20),
        };

        Deliver(incremental, drawn, first);
        Build(incremental.Database, shape.Cutoff, full: false);
        Deliver(incremental, redrawn, second);
        var secondBuild = Build(incremental.Database, secondCutoff, full: false);
        var again = Build(incremental.Database, secondCutoff, full: false);
        Deliver(full, drawn, first);
        Deliver(full, redrawn, second);
        Build(full.Database, secondCutoff, full: true);

        Assert.Empty(again.Timings);
        AssertSameModels(incremental.Database, full.Database.Path);
        return secondBuild;
    }

    private static IEnumerable<string> FileNames(string folder) =>
        Directory.GetFiles(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    /// <summary>The files whose bit is set in <paramref name="mask"/>, in name order.</summary>
    private static IEnumerable<string> Pick(IEnumerable<string> files, uint mask) =>
        files.Where((_, i) => (mask & (1u << (i % 32))) != 0);

    /// <summary>A batch of the files; none is no batch (the loader refuses an empty folder), and the build after it has nothing new.</summary>
    private static void Deliver(TemporaryWarehouse warehouse, string from, List<string> files)
    {
        warehouse.ClearInbox();
        if (files.Count == 0)
        {
            return;
        }

        foreach (var file in files)
        {
            File.Copy(Path.Combine(from, file), Path.Combine(warehouse.Inbox, file));
        }

        new BatchLoader(warehouse.Database, new PseudonymKey("incremental-build-test-secret")).Load(warehouse.Inbox);
    }

    private static BuildResult Build(WarehouseDatabase database, DateOnly cutoff, bool full)
    {
        using var connection = database.Open();
        return ModelRunner.Shipped().Build(connection, cutoff, "test", full: full);
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
