using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Releases;

/// <summary>
/// A revision's marts as a <c>marts</c> schema of views over its Parquet files in an in-memory DuckDB: reports read a
/// released month through the same gateway as the warehouse, without opening the warehouse (a load or build may hold it).
/// </summary>
public static class ReleasedMarts
{
    /// <remarks>
    /// Beside the marts: <c>marts.release_changes</c>, the revision's changes since the previous one, and
    /// <c>marts.release_lineage</c>, the input files whose batch came after the previous revision was released.
    /// </remarks>
    public static DuckDBConnection Open(ReleaseStore store, ReleasedRevision revision)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(revision);
        var connection = WarehouseDatabase.OpenInMemory();
        connection.Execute("create schema marts");
        foreach (var file in Directory.EnumerateFiles(revision.MartsPath, "*.parquet").Order(StringComparer.Ordinal))
        {
            connection.Execute($"create view marts.{Sql.Quote(Path.GetFileNameWithoutExtension(file))} as select * from read_parquet('{Sql.Escape(file)}')");
        }

        var previousBatch = store.Revisions(revision.Month).LastOrDefault(r => r.Revision < revision.Revision)?.Manifest.LastBatch ?? 0;
        connection.Execute($"create view marts.release_changes as select * from read_parquet('{Sql.Escape(revision.ChangesPath)}')");
        connection.Execute($"create view marts.release_lineage as select * from marts.dim_input_files where batch_id > {previousBatch.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        return connection;
    }
}
