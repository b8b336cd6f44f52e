using System.Diagnostics;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Benchmarks;

/// <summary>DuckDB's own CSV reader into plain tables, with no validation: the floor a loader can be compared with.</summary>
internal static class PlainReadCsv
{
    /// <summary>Reads every file into its own table in one in-memory database; the seconds that took.</summary>
    public static double Seconds(IReadOnlyList<string> paths)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < paths.Count; i++)
        {
            connection.Execute($"create table plain_{i} as select * from read_csv({Literal(paths[i])}, all_varchar = true)");
        }

        return stopwatch.Elapsed.TotalSeconds;
    }

    public static string Literal(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";
}
