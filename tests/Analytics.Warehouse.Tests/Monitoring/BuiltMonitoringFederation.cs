using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.TestSupport;
using Analytics.Warehouse.Lexicon;
using Analytics.Warehouse.Runner;
using Dapper;

namespace Analytics.Warehouse.Tests.Monitoring;

/// <summary>The federation of <see cref="MonitoringFederation"/>, loaded through the real loader and built at 2026-10-15.</summary>
public sealed class BuiltMonitoringFederation : IDisposable
{
    public BuiltMonitoringFederation()
    {
        MonitoringFederation.WriteTo(Warehouse);
        Load = new BatchLoader(Warehouse.Database, new PseudonymKey("test-secret-of-sixteen-or-more")).Load(Warehouse.Inbox);
        using var connection = Warehouse.Database.Open();
        // Until ModelRunner.Build refreshes the lexicon itself; doing it twice is harmless.
        TopicLexiconTable.Refresh(connection);
        ModelRunner.Shipped().Build(connection, MonitoringFederation.Cutoff, "test");
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

[CollectionDefinition(Name)]
public sealed class MonitoringFederationGroup : ICollectionFixture<BuiltMonitoringFederation>
{
    public const string Name = "monitoring federation";
}
