using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.TestSupport;
using Analytics.Warehouse.Runner;
using Dapper;

namespace Analytics.Warehouse.Tests;

/// <summary>The hand-built federation of <see cref="SmallFederation"/>, loaded and built at cut-off 2026-10-15.</summary>
public sealed class BuiltSmallFederation : IDisposable
{
    public static readonly DateOnly Cutoff = new(2026, 10, 15);

    public BuiltSmallFederation()
    {
        SmallFederation.WriteTo(Warehouse);
        Load = new BatchLoader(Warehouse.Database, new PseudonymKey("test-secret-of-sixteen-or-more")).Load(Warehouse.Inbox);
        using var connection = Warehouse.Database.Open();
        ModelRunner.Shipped().Build(connection, Cutoff, "test");
    }

    public TemporaryWarehouse Warehouse { get; } = new();

    public BatchLoadResult Load { get; }

    public List<T> Query<T>(string sql, object? parameters = null)
    {
        using var connection = Warehouse.Database.Open();
        return connection.Query<T>(sql, parameters).ToList();
    }

    public void Dispose() => Warehouse.Dispose();
}
