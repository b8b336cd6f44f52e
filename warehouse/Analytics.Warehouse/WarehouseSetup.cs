using Analytics.Warehouse.Configuration;
using Analytics.Warehouse.Migrations;
using DuckDB.NET.Data;

namespace Analytics.Warehouse;

public static class WarehouseSetup
{
    /// <summary>Migrates the schema and writes default configuration where none is kept yet.</summary>
    public static void Prepare(WarehouseDatabase database)
    {
        using var connection = PrepareAndOpen(database);
    }

    /// <summary>
    /// <see cref="Prepare"/>, then the connection to work on. The connection is opened first and stays open, so the
    /// file is opened (its catalog read, its write-ahead log replayed) once per command, not once per step.
    /// </summary>
    public static DuckDBConnection PrepareAndOpen(WarehouseDatabase database)
    {
        var connection = database.Open();
        try
        {
            WarehouseMigrator.Migrate(database);
            WarehouseConfiguration.EnsureDefaults(connection);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
