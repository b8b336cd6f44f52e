using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Extracts;

/// <summary>
/// Writes the extract tables with DuckDB's own COPY: one folder per table for Parquet (partitioned by month
/// where the table has one), one file per table for CSV. Everything is written to a scratch folder first and
/// moved into place at the end, so a failure leaves no half-written extract.
/// </summary>
public static class ExtractWriter
{
    public static IReadOnlyList<string> Write(DuckDBConnection connection, string outDirectory, ExtractFormat format) =>
        Write(connection, outDirectory, format, ExtractCatalog.Tables, DataDictionaryDocument.Render);

    /// <summary>Writes <paramref name="tables"/>, and the text <paramref name="dictionary"/> renders, if given, as the data dictionary.</summary>
    public static IReadOnlyList<string> Write(
        DuckDBConnection connection, string outDirectory, ExtractFormat format, IEnumerable<ExtractTable> tables, Func<DuckDBConnection, string>? dictionary)
    {
        Directory.CreateDirectory(outDirectory);
        var scratch = Path.Combine(outDirectory, $".writing-{Environment.ProcessId}");
        if (Directory.Exists(scratch))
        {
            Directory.Delete(scratch, recursive: true);
        }

        Directory.CreateDirectory(scratch);
        var written = new List<string>();
        try
        {
            foreach (var table in tables)
            {
                var (target, options) = Target(scratch, table, format);
                connection.Execute($"copy ({table.Query}) to '{Sql.Escape(target)}' ({options})", commandTimeout: 0);
                written.Add(format == ExtractFormat.Csv ? table.Name + ".csv" : table.Name);
            }

            if (dictionary is not null)
            {
                File.WriteAllText(Path.Combine(scratch, DataDictionaryDocument.FileName), dictionary(connection));
                written.Add(DataDictionaryDocument.FileName);
            }

            foreach (var name in written)
            {
                var from = Path.Combine(scratch, name);
                var to = Path.Combine(outDirectory, name);
                if (Directory.Exists(to))
                {
                    Directory.Delete(to, recursive: true);
                }

                if (Directory.Exists(from))
                {
                    Directory.Move(from, to);
                }
                else
                {
                    File.Move(from, to, overwrite: true);
                }
            }
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }

        return written.Select(name => Path.Combine(outDirectory, name)).ToList();
    }

    private static (string Target, string Options) Target(string scratch, ExtractTable table, ExtractFormat format)
    {
        if (format == ExtractFormat.Csv)
        {
            return (Path.Combine(scratch, table.Name + ".csv"), "format csv, header true");
        }

        var folder = Path.Combine(scratch, table.Name);
        if (table.PartitionColumn is { } partition)
        {
            return (folder, $"format parquet, partition_by ({partition})");
        }

        Directory.CreateDirectory(folder);
        return (Path.Combine(folder, "data.parquet"), "format parquet");
    }
}
