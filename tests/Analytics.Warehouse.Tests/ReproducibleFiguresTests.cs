using Analytics.TestSupport;
using Analytics.Warehouse.Runner;
using Dapper;

namespace Analytics.Warehouse.Tests;

/// <summary>
/// Issue 11: two builds of the same warehouse give byte-identical extracts. A sum or mean of doubles depends on the
/// order the threads add the parts in, so the marts that average doubles take them as exact decimals or integers.
/// Each crafted table here is larger than one of DuckDB's row groups (122,880 rows), so the aggregate is split
/// between threads (four, whatever the machine has), and its figure is checked to the last bit against the exact
/// value worked out by hand.
/// </summary>
public sealed class ReproducibleFiguresTests : IDisposable
{
    private const int Primaries = 150_000;

    private const int Regions = 50_000;

    private readonly TemporaryWarehouse warehouse = new();

    public ReproducibleFiguresTests() => WarehouseSetup.Prepare(warehouse.Database);

    [Fact]
    public void CampaignMap_GroupMeanOfCompletion_IsExact()
    {
        // 75,000 primaries with three of five items (0.6) and 75,000 with none: mean 45,000 / 150,000 = 0.3.
        // Summed as doubles, the same mean came out as 0.29999999999958404.
        var models = new[]
        {
            Crafted("intermediate/campaign/int_primaries_standard_items.sql",
                $"select 'to-date' as period, 'P' || i as org_id, (i % 2 * 3) / 5 as completion from range({Primaries}) as t (i)"),
            Crafted("intermediate/organisations/int_primaries_grouped.sql",
                $"select 'to-date' as period, 'sector' as scope, 'S1' as key, 'P' || i as org_id from range({Primaries}) as t (i)"),
            Crafted("intermediate/organisations/int_organisation_groups.sql",
                "select 'to-date' as period, 'sector' as scope, 'S1' as key"),
            Shipped("intermediate.int_map_colours", "intermediate/campaign/int_map_colours.sql"),
            Shipped("marts.mart_campaign_map", "marts/campaign/mart_campaign_map.sql"),
        };

        var completion = Build(models, "select completion from marts.mart_campaign_map where scope = 'sector' and key = 'S1'").Single();

        Assert.Equal(0.3, completion);
    }

    [Fact]
    public void BarometerEmerging_TrailingSd_IsExactInEveryRegion()
    {
        // Each region: 5 appeals on the topic in week 3 and 20 in week 5, none in weeks 1, 2 and 4. Week 5's four
        // weeks before it count 0, 5, 0, 0: mean 5/4 = 1.25; population variance 25/4 − 1.25² = 4.6875 = 75/16, so
        // SD = √75 / 4 ≈ 2.1651 and threshold = 1.25 + 2 · 2.1651 ≈ 5.58 ≤ 20: emerging. Each SD is rounded once,
        // from the exact integer sums; the running update of doubles gave 2.1650635094610964, one bit off, and the
        // threads' parts merged in varying order changed the last bits from build to build.
        var models = new[]
        {
            Crafted("marts/monitoring/mart_barometer_topics.sql",
                $"""
                select 'week' as period_kind, week as period, 'region' as scope, 'R' || i as key, 'wages' as topic, appeals
                from range({Regions}) as t (i)
                cross join (values (3, 5::bigint), (5, 20::bigint)) as weeks (week, appeals)
                """),
            Shipped("marts.mart_barometer_emerging", "marts/monitoring/mart_barometer_emerging.sql"),
        };

        var rows = Build(models, "select trailing_sd from marts.mart_barometer_emerging where week = 5");

        Assert.Equal(Regions, rows.Count);
        Assert.All(rows, sd => Assert.Equal(Math.Sqrt(75) / 4, sd));
    }

    private static ModelSource Crafted(string path, string sql) => new(path, sql, "grain: crafted");

    private static ModelSource Shipped(string name, string path) =>
        new(path, ModelRunner.Shipped().Ordered.Single(model => model.QualifiedName == name).Sql, "grain: as shipped");

    private List<double> Build(IEnumerable<ModelSource> models, string query)
    {
        using var connection = warehouse.Database.Open();
        connection.Execute("set threads = 4");
        new ModelRunner(ModelCatalog.Parse(models)).Build(connection, new DateOnly(2026, 12, 31), "test");
        return connection.Query<double>(query).ToList();
    }

    public void Dispose() => warehouse.Dispose();
}
