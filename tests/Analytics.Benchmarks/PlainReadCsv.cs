using System.Diagnostics;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Benchmarks;

/// <summary>DuckDB's own CSV reader into plain tables, with no validation: the floor a loader can be compared with.</summary>
internal static class PlainReadCsv
{
    /// <summary>Reads every file into its own table in one database; the seconds that took.</summary>
    /// <param name="databaseFile">A new database file to keep the tables in, checkpointed at the end, as a load keeps its rows; none: in memory.</param>
    public static double Seconds(IReadOnlyList<string> paths, string? databaseFile = null)
    {
        if (databaseFile is not null)
        {
            File.Delete(databaseFile);
            File.Delete(databaseFile + ".wal");
        }

        using var connection = new DuckDBConnection($"Data Source={databaseFile ?? ":memory:"}");
        connection.Open();
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < paths.Count; i++)
        {
            connection.Execute($"create table plain_{i} as select * from read_csv({Literal(paths[i])}, all_varchar = true)");
        }

        if (databaseFile is not null)
        {
            connection.Execute("checkpoint");
        }

        return stopwatch.Elapsed.TotalSeconds;
    }

    public static string Literal(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";
}
