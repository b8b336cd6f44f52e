using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.TestSupport;
using Dapper;

namespace Analytics.Etl.Tests;

public abstract class LoadingTestBase : IDisposable
{
    protected TemporaryWarehouse Warehouse { get; } = new();

    protected static PseudonymKey Key { get; } = new("test-secret-of-sixteen-or-more");

    protected BatchLoadResult Load() => new BatchLoader(Warehouse.Database, Key).Load(Warehouse.Inbox);

    protected FileLoadResult LoadFile(string fileName) => Load().Files.Single(file => file.FileName == fileName);

    protected List<T> Query<T>(string sql)
    {
        using var connection = Warehouse.Database.Open();
        return connection.Query<T>(sql).ToList();
    }

    protected void WriteRegistry()
    {
        Warehouse.Write("campaign.json", SmallFederation.Campaign);
        Warehouse.Write("organisations.csv", SmallFederation.Organisations);
    }

    public void Dispose()
    {
        Warehouse.Dispose();
        GC.SuppressFinalize(this);
    }
}
