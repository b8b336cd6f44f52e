using Analytics.Warehouse;
using Dapper;

namespace Analytics.Benchmarks;

/// <summary>Each file's load time as the load journal recorded it, for the warehouse's first batch.</summary>
internal static class LoadTimings
{
    public static IReadOnlyList<LoadTiming> Read(WarehouseDatabase database)
    {
        using var connection = database.Open();
        return connection.Query<LoadTiming>(
            """
            select file_name as File, dataset as Dataset, rows_read as Rows,
                   epoch_ms(finished_at) / 1000.0 - epoch_ms(started_at) / 1000.0 as Seconds
            from raw.load_journal where batch_id = (select min(batch_id) from raw.load_journal) and status = 'loaded'
            order by started_at
            """).ToList();
    }
}

internal sealed record LoadTiming(string File, string Dataset, long Rows, double Seconds);
