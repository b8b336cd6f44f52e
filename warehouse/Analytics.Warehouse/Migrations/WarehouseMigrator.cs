using Analytics.Warehouse.Migrations.DbUp;
using DbUp.Builder;
using DbUp.Engine.Output;
using DbUp.Engine.Transactions;

namespace Analytics.Warehouse.Migrations;

/// <summary>Brings the warehouse schema up to date with DbUp, one transaction per script.</summary>
public static class WarehouseMigrator
{
    public static IReadOnlyList<string> Migrate(WarehouseDatabase database)
    {
        // Held open while DbUp works, so that DbUp's own connections share this process's instance of the file:
        // the wait for another process's lock happens here, once, with its message.
        using var held = database.Open();
        var connectionManager = new DuckDbConnectionManager(database);
        var journal = new DuckDbJournal(connectionManager);
        var builder = new UpgradeEngineBuilder();
        builder.Configure(configuration =>
        {
            configuration.ConnectionManager = connectionManager;
            configuration.Journal = journal;
            configuration.ScriptExecutor = new DuckDbScriptExecutor(connectionManager, journal);
            configuration.ScriptProviders.Add(new EmbeddedMigrationProvider());
            configuration.AddLog(new NoOpUpgradeLog());
        });
        connectionManager.TransactionMode = TransactionMode.TransactionPerScript;

        var result = builder.Build().PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException(
                $"Warehouse migration {result.ErrorScript?.Name} failed: {result.Error?.Message}", result.Error);
        }

        return result.Scripts.Select(script => script.Name).ToList();
    }
}
