using System.Data;
using Dapper;

namespace Analytics.Warehouse.Runner;

/// <summary>How far a raw table that grows a batch at a time had come: its rows and its last batch.</summary>
public sealed record SourceExtent(long Rows, long Batch)
{
    public static SourceExtent Of(IDbConnection connection, string table) =>
        connection.QuerySingle<SourceExtent>($"select count(*)::bigint as Rows, coalesce(max(batch_id), 0)::bigint as Batch from {table}");

    /// <summary>
    /// Whether every row the table had then is still there, so that the rows since are exactly those of later batches.
    /// A load only appends, under a batch id larger than any before; this is checked, not assumed.
    /// </summary>
    public bool OnlyGrownTo(IDbConnection connection, string table) =>
        connection.ExecuteScalar<long>($"select count(*) from {table} where batch_id <= $batch", new { batch = Batch }) == Rows;
}
