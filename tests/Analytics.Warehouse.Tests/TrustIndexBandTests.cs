using System.Globalization;
using Analytics.TestSupport;
using Analytics.Warehouse.Runner;
using Dapper;

namespace Analytics.Warehouse.Tests;

/// <summary>
/// The shipped marts.mart_trust_index run over crafted raw figures, to land the index on the band edges
/// (methodology §6: the band takes the index rounded half away from zero; 41-50 high, 31-40 stable, 21-30
/// strengthen, 20 and below attention; §1: round to 9 decimals before comparing).
/// </summary>
public sealed class TrustIndexBandTests(CraftedTrustIndex crafted) : IClassFixture<CraftedTrustIndex>
{
    [Theory]
    [InlineData(50, "high")]
    [InlineData(41, "high")]
    [InlineData(40.5, "high")] // 40.5 → 41
    [InlineData(40.49, "stable")]
    [InlineData(40, "stable")]
    [InlineData(31, "stable")]
    [InlineData(30.5, "stable")] // → 31
    [InlineData(30, "strengthen")]
    [InlineData(21, "strengthen")]
    [InlineData(20.5, "strengthen")] // → 21
    [InlineData(20, "attention")] // "less than 20" in the concept: 20 falls in no band there, in the last one here
    [InlineData(5, "attention")]
    public void Band_OnIndexRoundedHalfAwayFromZero(double index, string band)
    {
        var row = crafted.Rows[CraftedTrustIndex.Key(index)];

        Assert.Equal(index, row.Index, 9);
        Assert.Equal(band, row.Band);
    }

    // 30.49999999996 is 30.5 after rounding to 9 decimals, hence 31; 30.4999999 stays below.
    [Theory]
    [InlineData(30.49999999996, "stable")]
    [InlineData(30.4999999, "strengthen")]
    public void Band_RoundsToNineDecimalsBeforeTheWholeNumber(double index, string band)
    {
        Assert.Equal(band, crafted.Rows[CraftedTrustIndex.Key(index)].Band);
    }

    // The thresholds are targets.json's: with band_high_from = 45, an index of 44 is only stable (41 with the default).
    [Fact]
    public void Band_ThresholdsComeFromTargets()
    {
        Assert.Equal("high", crafted.Rows[CraftedTrustIndex.Key(44)].Band);
        Assert.Equal("stable", crafted.RowsWithHighFrom45[CraftedTrustIndex.Key(44)].Band);
    }
}

/// <summary>One build of the shipped mart over every crafted index the band tests look at.</summary>
public sealed class CraftedTrustIndex : IDisposable
{
    private static readonly double[] Indices = [50, 44, 41, 40.5, 40.49, 40, 31, 30.5, 30, 21, 20.5, 20, 5, 30.49999999996, 30.4999999];

    private readonly TemporaryWarehouse warehouse = new();

    public CraftedTrustIndex()
    {
        WarehouseSetup.Prepare(warehouse.Database);
        Rows = Build(warehouse, Indices);
        using (var connection = warehouse.Database.Open())
        {
            connection.Execute("update config.targets set value = 45 where key = 'trust_index.band_high_from'");
        }

        RowsWithHighFrom45 = Build(warehouse, [44]);
    }

    /// <summary>Built with the shipped targets.</summary>
    public IReadOnlyDictionary<string, (double Index, string Band)> Rows { get; }

    /// <summary>Built with trust_index.band_high_from = 45.</summary>
    public IReadOnlyDictionary<string, (double Index, string Band)> RowsWithHighFrom45 { get; }

    public static string Key(double index) => index.ToString("R", CultureInfo.InvariantCulture);

    // Each row has no members (c1, c2 missing) and c3 = c4 = c5 = x, so index = 3x · 5/3 = 5x:
    // completion (x − 1)/9 gives c5 = x; a mean rating 1 + 4(x − 1)/9 gives c4 = x; a median of 24 + 336(10 − x)/9 hours
    // gives c3 = x. Doubles carry tiny errors here, which the rounding to 9 decimals absorbs.
    private static Dictionary<string, (double Index, string Band)> Build(TemporaryWarehouse warehouse, IEnumerable<double> indices)
    {
        var values = string.Join(",\n", indices.Select(index =>
            string.Create(CultureInfo.InvariantCulture, $"('{Key(index)}', {index:R}::double / 5)")));
        var figures = $"""
            with crafted as (select * from (values {values}) as t (key, x))
            select
                'to-date' as period, 'primary' as scope, key, 1 as months, 1 as active_primaries, 0 as members,
                0 as members_reached, 0 as primaries_reporting, (x - 1) / 9 as completion, 1 as appeals_received,
                0 as reports, 0 as appeals_offline, 24 + 336 * (10 - x) / 9 as median_response_hours, 1 as ratings,
                1 + 4 * (x - 1) / 9 as ratings_sum
            from crafted
            """;
        var mart = ModelRunner.Shipped().Ordered.Single(model => model.QualifiedName == "marts.mart_trust_index");
        var models = ModelCatalog.Parse(
        [
            new ModelSource("intermediate/trust/int_trust_index_figures.sql", figures, "grain: crafted"),
            new ModelSource("marts/campaign/mart_trust_index.sql", mart.Sql, "grain: as shipped"),
        ]);
        using var connection = warehouse.Database.Open();
        new ModelRunner(models).Build(connection, new DateOnly(2026, 12, 31), "test");
        return connection.Query<(string Key, double Index, string Band)>("select key, index, band from marts.mart_trust_index")
            .ToDictionary(row => row.Key, row => (row.Index, row.Band));
    }

    public void Dispose() => warehouse.Dispose();
}
