using System.Data;
using System.Globalization;
using Dapper;

namespace Analytics.Warehouse;

/// <summary>Replaces the rows of a small table (a shipped lexicon, shipped texts) in two statements, not a round-trip per row.</summary>
internal static class TableRows
{
    /// <summary>
    /// Makes <paramref name="table"/> hold exactly <paramref name="rows"/>; returns false, having written nothing,
    /// when it already does (in any order). Binding every cell of a shipped lexicon took a tenth of a second, at every
    /// build, to write the rows the table already held.
    /// </summary>
    public static bool Replace<T>(IDbConnection connection, IDbTransaction? transaction, string table, IReadOnlyList<T> rows, Func<T, object?[]> cells)
    {
        var wanted = rows.Select(row => cells(row)).ToList();
        if (Holds(connection, transaction, table, wanted))
        {
            return false;
        }

        connection.Execute($"delete from {table}", transaction: transaction);
        if (wanted.Count == 0)
        {
            return true;
        }

        var parameters = new DynamicParameters();
        var tuples = wanted.Select((row, i) => "(" + string.Join(", ", row.Select((cell, j) =>
        {
            var name = $"r{i}c{j}";
            parameters.Add(name, cell);
            return "$" + name;
        })) + ")");
        connection.Execute($"insert into {table} values {string.Join(", ", tuples)}", parameters, transaction);
        return true;
    }

    // Compared as invariant text, row by row after sorting both sides: a value that reads back differently (a type
    // the table converts) only makes the rows be written again, as before.
    private static bool Holds(IDbConnection connection, IDbTransaction? transaction, string table, List<object?[]> wanted)
    {
        var held = new List<string>(wanted.Count);
        using (var reader = connection.ExecuteReader($"select * from {table}", transaction: transaction))
        {
            var values = new object[reader.FieldCount];
            while (reader.Read())
            {
                if (held.Count == wanted.Count)
                {
                    return false;
                }

                reader.GetValues(values);
                held.Add(RowText(values));
            }
        }

        if (held.Count != wanted.Count)
        {
            return false;
        }

        var expected = wanted.Select(RowText).ToList();
        held.Sort(StringComparer.Ordinal);
        expected.Sort(StringComparer.Ordinal);
        return held.SequenceEqual(expected, StringComparer.Ordinal);
    }

    // A value's text goes after its length, and null is a letter, so that no two different rows make the same text.
    private static string RowText(object?[] cells) =>
        string.Concat(cells.Select(cell =>
        {
            if (cell is null or DBNull)
            {
                return "n;";
            }

            var text = Convert.ToString(cell, CultureInfo.InvariantCulture) ?? "";
            return text.Length.ToString(CultureInfo.InvariantCulture) + ":" + text + ";";
        }));
}
