using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Runner;

/// <summary>
/// Keeps DuckDB from checkpointing at every commit of a build. A build commits each model on its own, and DuckDB
/// checkpoints the whole file at a commit whenever its write-ahead log has grown past <c>checkpoint_threshold</c>
/// (16 MiB): two dozen checkpoints where one, at the end, writes the same tables. Disposing restores the setting.
/// </summary>
internal sealed class CheckpointsDeferred : IDisposable
{
    private readonly DuckDBConnection connection;
    private readonly string threshold;

    private CheckpointsDeferred(DuckDBConnection connection, string threshold)
    {
        this.connection = connection;
        this.threshold = threshold;
    }

    public static CheckpointsDeferred Until(DuckDBConnection connection)
    {
        var threshold = connection.ExecuteScalar<string>("select current_setting('checkpoint_threshold')")!;
        connection.Execute("set checkpoint_threshold = '1TiB'");
        return new CheckpointsDeferred(connection, threshold);
    }

    /// <summary>
    /// Writes what the build committed into the file, so that the next command does not replay it from the log; if
    /// DuckDB cannot, the log keeps it, and DuckDB refuses every later statement of this process (it invalidates the
    /// database after a failed checkpoint).
    /// </summary>
    public void TryCheckpoint()
    {
        try
        {
            connection.Execute("checkpoint");
        }
        catch (DuckDBException)
        {
        }
    }

    /// <remarks>A setting that cannot be restored (the database failed) must not hide the error under way.</remarks>
    public void Dispose()
    {
        try
        {
            connection.Execute("set checkpoint_threshold = $threshold", new { threshold });
        }
        catch (DuckDBException)
        {
        }
    }
}
