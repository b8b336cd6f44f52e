using System.Globalization;
using Analytics.TestSupport;
using Analytics.Warehouse.Runner;
using CsCheck;
using Dapper;
using DuckDB.NET.Data;
using Xunit.Abstractions;

namespace Analytics.Warehouse.Tests;

/// <summary>
/// Input contract, re-delivery: the staging models of the large datasets rank only the ids delivered more than once.
/// Whatever the deliveries (ids delivered once, twice or more, in one batch or several, with their time of submission
/// or update missing, tied or in any order), each keeps exactly the versions that ranking every row by the contract's
/// order keeps.
/// </summary>
public sealed class LatestDeliveryTests(ITestOutputHelper output) : IDisposable
{
    private readonly TemporaryWarehouse warehouse = new();

    /// <param name="Key">The columns that identify a row.</param>
    /// <param name="Order">The contract's order of a re-delivered row's versions, the latest first.</param>
    /// <param name="Insert">A select of one delivery's columns, in the raw table's order, from i (row), k (id), t (time).</param>
    public sealed record Dataset(string Model, string RawTable, string Key, string Order, string Insert);

    private static readonly Dataset[] Datasets =
    [
        new("staging.stg_inbox__appeals", "raw.appeals", "appeal_id",
            "updated_at desc nulls last, batch_id desc, source_file desc, source_row desc",
            "'A' || k, timestamp '2026-09-03 05:00', 'email', 'complaint', 'P1', null, null, null, null, 'new', null, null, null, null, t"),
        new("staging.stg_inbox__events", "raw.events", "event_id",
            "submitted_at desc nulls last, batch_id desc, source_file desc, source_row desc",
            "'E' || k, 'P1', 'other', date '2026-09-03', i, null, null, null, t"),
        new("staging.stg_inbox__org_reports", "raw.org_reports", "org_id, period",
            "submitted_at desc nulls last, batch_id desc, source_file desc, source_row desc",
            "'P' || (k % 2), '2026-1' || (k // 2), i, i, i, null, i, i, i, null, null, t"),
        new("staging.stg_inbox__surveys", "raw.surveys", "response_id",
            "batch_id desc, source_file desc, source_row desc",
            "'R' || k, 'P1', timestamp '2026-09-03 05:00', 4, null, null, null"),
    ];

    /// <summary>A delivered row: its id (of six), its time (none or one of three), its batch and its file.</summary>
    private static readonly Gen<(int Id, int? Time, int Batch, int File)> Delivery =
        from id in Gen.Int[0, 5]
        from time in Gen.Int[0, 3]
        from batch in Gen.Int[1, 3]
        from file in Gen.Int[0, 1]
        select (id, time == 3 ? (int?)null : time, batch, file);

    [Fact]
    public void Staging_AnyDeliveries_KeepTheVersionsARankingOfEveryRowKeeps()
    {
        using var connection = warehouse.OpenPrepared();
        var models = ModelCatalog.LoadEmbedded().ToDictionary(model => model.QualifiedName, StringComparer.Ordinal);
        Delivery.List[0, 16].Sample(
            deliveries =>
            {
                foreach (var dataset in Datasets)
                {
                    Deliver(connection, dataset, deliveries);
                    var kept = Versions(connection, $"select batch_id, source_file, source_row from ({models[dataset.Model].Sql})");
                    var ranked = Versions(connection, $"""
                        select batch_id, source_file, source_row from {dataset.RawTable}
                        qualify row_number() over (partition by {dataset.Key} order by {dataset.Order}) = 1
                        """);
                    Assert.Equal(ranked, kept);
                }
            },
            writeLine: output.WriteLine,
            iter: 150,
            threads: 1,
            print: deliveries => string.Join("; ", deliveries));
    }

    [Fact]
    public void Staging_AnIdDeliveredThreeTimes_KeepsOneVersion()
    {
        using var connection = warehouse.OpenPrepared();
        var models = ModelCatalog.LoadEmbedded().ToDictionary(model => model.QualifiedName, StringComparer.Ordinal);
        foreach (var dataset in Datasets)
        {
            Deliver(connection, dataset, [(0, 1, 1, 0), (0, null, 2, 0), (0, 1, 1, 1), (1, 2, 1, 0)]);

            Assert.Equal(2, connection.ExecuteScalar<long>($"select count(*) from ({models[dataset.Model].Sql})"));
        }
    }

    private static void Deliver(DuckDBConnection connection, Dataset dataset, List<(int Id, int? Time, int Batch, int File)> deliveries)
    {
        connection.Execute($"delete from {dataset.RawTable}");
        if (deliveries.Count == 0)
        {
            return;
        }

        var rows = string.Join(", ", deliveries.Select((delivery, i) => string.Create(CultureInfo.InvariantCulture,
            $"({i + 1}, {delivery.Id}, {(delivery.Time is { } hours ? $"timestamp '2026-09-05 00:00' + interval {hours} hour" : "null::timestamp")}, {delivery.Batch}, '{(delivery.File == 0 ? "a" : "b")}.csv')")));
        connection.Execute($"""
            insert into {dataset.RawTable}
            select {dataset.Insert}, batch, file, i
            from (values {rows}) as deliveries(i, k, t, batch, file)
            """);
    }

    private static List<(long Batch, string File, long Row)> Versions(DuckDBConnection connection, string sql) =>
        [.. connection.Query<(long, string, long)>(sql).Order()];

    public void Dispose() => warehouse.Dispose();
}
