using System.Diagnostics;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Benchmarks;

/// <summary>DuckDB's own CSV reader into a plain table, with no validation: the floor a loader can be compared with.</summary>
internal static class PlainReadCsv
{
    public static double Seconds(string path)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        var stopwatch = Stopwatch.StartNew();
        connection.Execute($"create table plain as select * from read_csv('{path.Replace("'", "''", StringComparison.Ordinal)}', all_varchar = true)");
        return stopwatch.Elapsed.TotalSeconds;
    }
}
