using System.Globalization;
using Analytics.Warehouse.Extracts;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Releases;

/// <summary>
/// Methodology §14: every value of every extract table that differs between two revisions, as
/// (table, natural key, column, old, new), compared in DuckDB straight from the two revisions' Parquet files. A row that
/// appears or disappears is one change with an empty column, the whole row on its side. Decimal values are compared
/// rounded to 9 places (methodology §1), so the last bits of a parallel sum are not a change.
/// </summary>
public static class ReleaseChanges
{
    /// <summary>
    /// Writes the changes from <paramref name="previousFolder"/> to <paramref name="currentFolder"/> into
    /// <paramref name="target"/>; returns how many. Each table is compared in a statement of its own, so that only
    /// one table's two revisions are held at a time (all 22 in one statement need more than the memory limit at
    /// national scale).
    /// </summary>
    public static long Write(DuckDBConnection connection, string previousFolder, string currentFolder, int month, int revision, string target)
    {
        connection.Execute(
            """create or replace temp table release_changes ("table" varchar, key varchar, "column" varchar, old_value varchar, new_value varchar)""");
        try
        {
            foreach (var table in ExtractCatalog.Tables)
            {
                var changes = TableChanges(connection, table, ReleasedRevision.ExtractFileIn(previousFolder, table.Name), ReleasedRevision.ExtractFileIn(currentFolder, table.Name));
                connection.Execute($"insert into release_changes select * from {changes} as changes", commandTimeout: 0);
            }

            connection.Execute(
                $"""
                copy (
                    select {month.ToString(CultureInfo.InvariantCulture)}::integer as month, {revision.ToString(CultureInfo.InvariantCulture)}::integer as revision, *
                    from release_changes
                    order by "table", key, "column" nulls first
                ) to '{Sql.Escape(target)}' (format parquet)
                """,
                commandTimeout: 0);
        }
        finally
        {
            connection.Execute("drop table if exists release_changes");
        }

        return connection.ExecuteScalar<long>($"select count(*) from read_parquet('{Sql.Escape(target)}')");
    }

    /// <summary>An empty changes file, for revision 1.</summary>
    public static void WriteNone(DuckDBConnection connection, int month, string target) =>
        connection.Execute(
            $"""
            copy (
                select {month.ToString(CultureInfo.InvariantCulture)}::integer as month, 1::integer as revision, null::varchar as "table",
                    null::varchar as key, null::varchar as "column", null::varchar as old_value, null::varchar as new_value
                limit 0
            ) to '{Sql.Escape(target)}' (format parquet)
            """);

    private static string TableChanges(DuckDBConnection connection, ExtractTable table, string previousFile, string currentFile)
    {
        if (table.Key.Count == 0)
        {
            throw new InvalidOperationException($"Extract table {table.Name} has no natural key to compare releases by.");
        }

        var columns = connection.Query<(string Name, string Type)>($"select column_name, column_type from (describe select * from read_parquet('{Sql.Escape(currentFile)}'))").ToList();
        var current = $"read_parquet('{Sql.Escape(currentFile)}')";
        var previous = File.Exists(previousFile) ? $"read_parquet('{Sql.Escape(previousFile)}')" : $"(select * from {current} limit 0)";
        var key = $"concat_ws('|', {string.Join(", ", table.Key.Select(column => $"coalesce(cast({Sql.Quote(column)} as varchar), '')"))})";
        var values = columns.Where(column => !table.Key.Contains(column.Name)).ToList();
        var texts = string.Join(", ", values.Select(column => $"{Text(column)} as {Sql.Quote(column.Name)}"));
        var names = string.Join(", ", values.Select(column => $"'{column.Name}'"));
        var cells = string.Join(", ", values.Select(column => Sql.Quote(column.Name)));
        var row = $"concat_ws(', ', {string.Join(", ", columns.Select(column => $"'{column.Name}=' || {Text(column)}"))})";
        var name = $"'{table.Name}'";
        return $"""
            (with
            previous as (select {key} as row_key, {row} as row_text, {texts} from {previous}),
            current as (select {key} as row_key, {row} as row_text, {texts} from {current}),
            previous_cells as (select row_key, unnest([{names}]::varchar[]) as "column", unnest([{cells}]::varchar[]) as value from previous),
            current_cells as (select row_key, unnest([{names}]::varchar[]) as "column", unnest([{cells}]::varchar[]) as value from current)
            select {name} as "table", current.row_key as key, null::varchar as "column", null::varchar as old_value, current.row_text as new_value
            from current anti join previous using (row_key)
            union all
            select {name}, previous.row_key, null::varchar, previous.row_text, null::varchar
            from previous anti join current using (row_key)
            {(values.Count == 0 ? "" : $"""
                union all
                select {name}, current_cells.row_key, current_cells."column", previous_cells.value, current_cells.value
                from current_cells join previous_cells using (row_key, "column")
                where current_cells.value is distinct from previous_cells.value
                """)})
            """;
    }

    private static string Text((string Name, string Type) column) =>
        column.Type is "DOUBLE" or "FLOAT" || column.Type.StartsWith("DECIMAL", StringComparison.Ordinal)
            ? $"cast(round({Sql.Quote(column.Name)}, 9) as varchar)"
            : $"cast({Sql.Quote(column.Name)} as varchar)";
}
