using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Releases;

/// <summary>
/// A revision's marts as a <c>marts</c> schema of views over its Parquet files in an in-memory DuckDB: reports read a
/// released month through the same gateway as the warehouse, without opening the warehouse (a load or build may hold it).
/// </summary>
public static class ReleasedMarts
{
    public static DuckDBConnection Open(ReleasedRevision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        var connection = WarehouseDatabase.OpenInMemory();
        connection.Execute("create schema marts");
        foreach (var file in Directory.EnumerateFiles(revision.MartsPath, "*.parquet").Order(StringComparer.Ordinal))
        {
            connection.Execute($"create view marts.{Sql.Quote(Path.GetFileNameWithoutExtension(file))} as select * from read_parquet('{Sql.Escape(file)}')");
        }

        return connection;
    }
}
