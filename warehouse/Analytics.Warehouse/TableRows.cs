using System.Data;
using Dapper;

namespace Analytics.Warehouse;

/// <summary>Replaces the rows of a small table (a shipped lexicon, shipped texts) in two statements, not a round-trip per row.</summary>
internal static class TableRows
{
    public static void Replace<T>(IDbConnection connection, IDbTransaction? transaction, string table, IReadOnlyList<T> rows, Func<T, object?[]> cells)
    {
        connection.Execute($"delete from {table}", transaction: transaction);
        if (rows.Count == 0)
        {
            return;
        }

        var parameters = new DynamicParameters();
        var tuples = rows.Select((row, i) => "(" + string.Join(", ", cells(row).Select((cell, j) =>
        {
            var name = $"r{i}c{j}";
            parameters.Add(name, cell);
            return "$" + name;
        })) + ")");
        connection.Execute($"insert into {table} values {string.Join(", ", tuples)}", parameters, transaction);
    }
}
