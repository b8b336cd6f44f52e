using Analytics.Warehouse.Extracts;
using Dapper;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Releases;

/// <summary>
/// The extract tables of one revision of a release, read from its Parquet files, plus <c>release_changes</c> (the
/// month's changes of every revision up to it) and <c>releases</c> (the month's revisions up to it).
/// </summary>
public static class ReleaseExtracts
{
    public static IReadOnlyList<string> Write(ReleaseStore store, int month, int? revision, string outDirectory, ExtractFormat format)
    {
        var revisions = store.Revisions(month);
        if (revisions.Count == 0)
        {
            throw new Configuration.ConfigurationException(
                $"Месяц {month} ещё не выпущен (в {store.Root} нет его редакций): сначала выполните analytics release --month {month}.",
                $"{month}-ай әлі шығарылмаған ({store.Root} ішінде оның редакциялары жоқ): алдымен analytics release --month {month} орындаңыз.");
        }

        var chosen = revision is { } wanted
            ? revisions.SingleOrDefault(r => r.Revision == wanted) ?? throw new Configuration.ConfigurationException(
                $"У месяца {month} нет редакции {wanted}: есть {string.Join(", ", revisions.Select(r => r.Revision))}.",
                $"{month}-айдың {wanted}-редакциясы жоқ: бары {string.Join(", ", revisions.Select(r => r.Revision))}.")
            : revisions[^1];
        var upTo = revisions.Where(r => r.Revision <= chosen.Revision).ToList();
        using var connection = WarehouseDatabase.OpenInMemory();
        var tables = ExtractCatalog.Tables
            .Select(table => new ExtractTable(table.Name, table.Model, $"select * from read_parquet('{Sql.Escape(chosen.ExtractFile(table.Name))}')"))
            .Concat(History(connection, upTo));
        return ExtractWriter.Write(connection, outDirectory, format, tables, dictionary: null);
    }

    /// <summary>
    /// <c>releases</c> and <c>release_changes</c> for <paramref name="revisions"/>, as temporary tables of
    /// <paramref name="connection"/> (empty when nothing was released yet).
    /// </summary>
    public static IReadOnlyList<ExtractTable> History(DuckDBConnection connection, IReadOnlyList<ReleasedRevision> revisions)
    {
        ReleasesTable.Create(connection, revisions);
        connection.Execute(
            """
            create or replace temp table release_changes (
                month integer, revision integer, "table" varchar, key varchar, "column" varchar, old_value varchar, new_value varchar)
            """);
        if (revisions.Count > 0)
        {
            connection.Execute(
                $"insert into release_changes select * from read_parquet([{string.Join(", ", revisions.Select(r => $"'{Sql.Escape(r.ChangesPath)}'"))}])",
                commandTimeout: 0);
        }

        return
        [
            new("releases", "", "select * from releases order by month, revision"),
            new("release_changes", "", "select * from release_changes order by month, revision, \"table\", key, \"column\" nulls first"),
        ];
    }
}
