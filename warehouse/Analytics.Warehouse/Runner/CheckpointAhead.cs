using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Runner;

/// <summary>
/// Writes the committed shadows into the file while the data tests read them, on a connection of its own: DuckDB
/// checkpoints beside statements that only read. The commit that puts the shadows in place then leaves little for
/// the last checkpoint. Disposing waits for it: nothing may write to the warehouse while it runs.
/// </summary>
internal sealed class CheckpointAhead : IDisposable
{
    private readonly Task checkpoint;

    private CheckpointAhead(Task checkpoint) => this.checkpoint = checkpoint;

    public static CheckpointAhead Start(DuckDBConnection connection)
    {
        var another = WarehouseDatabase.OpenAnother(connection);
        return new CheckpointAhead(Task.Run(() =>
        {
            using (another)
            {
                try
                {
                    another.Execute("checkpoint");
                }
                catch (DuckDBException)
                {
                    // the last checkpoint writes what this one could not
                }
            }
        }));
    }

    public void Dispose() => checkpoint.GetAwaiter().GetResult();
}
