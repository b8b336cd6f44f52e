using Analytics.Warehouse.Configuration;
using Analytics.Warehouse.Migrations;

namespace Analytics.Warehouse;

public static class WarehouseSetup
{
    /// <summary>Migrates the schema and writes default configuration where none is kept yet.</summary>
    public static void Prepare(WarehouseDatabase database)
    {
        WarehouseMigrator.Migrate(database);
        using var connection = database.Open();
        WarehouseConfiguration.EnsureDefaults(connection);
    }
}
