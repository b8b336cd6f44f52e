using System.Data;
using System.Globalization;
using System.Text;
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

    // Compared as text, row by row after sorting both sides. A value of a type without an exact text here (a date,
    // a blob, a list) makes the rows be written again, as before; so does a value that reads back as another type.
    private static bool Holds(IDbConnection connection, IDbTransaction? transaction, string table, List<object?[]> wanted)
    {
        var expected = new List<string>(wanted.Count);
        foreach (var row in wanted)
        {
            if (RowText(row) is not { } text)
            {
                return false;
            }

            expected.Add(text);
        }

        var held = new List<string>(wanted.Count);
        using (var reader = connection.ExecuteReader($"select * from {table}", transaction: transaction))
        {
            var values = new object[reader.FieldCount];
            while (reader.Read())
            {
                reader.GetValues(values);
                if (held.Count == wanted.Count || RowText(values) is not { } text)
                {
                    return false;
                }

                held.Add(text);
            }
        }

        held.Sort(StringComparer.Ordinal);
        expected.Sort(StringComparer.Ordinal);
        return held.SequenceEqual(expected, StringComparer.Ordinal);
    }

    // A value's text goes after its length, and null is a letter, so that no two different rows make the same text.
    private static string? RowText(object?[] cells)
    {
        var text = new StringBuilder();
        foreach (var cell in cells)
        {
            if (cell is null or DBNull)
            {
                text.Append("n;");
                continue;
            }

            if (CellText(cell) is not { } value)
            {
                return null;
            }

            text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(';');
        }

        return text.ToString();
    }

    // Numbers by value, whatever their type: a decimal(9, 3) column gives 1.000 back for the 1 it was given.
    private static string? CellText(object cell) => cell switch
    {
        string text => "s" + text,
        bool flag => flag ? "b1" : "b0",
        byte or sbyte or short or ushort or int or uint or long or ulong or decimal => "d" + Convert.ToDecimal(cell, CultureInfo.InvariantCulture).ToString("0.#############################", CultureInfo.InvariantCulture),
        double number => "f" + number.ToString("R", CultureInfo.InvariantCulture),
        float number => "f" + ((double)number).ToString("R", CultureInfo.InvariantCulture),
        _ => null,
    };
}
