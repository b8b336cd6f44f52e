using System.Text;
using Analytics.Warehouse.Runner;
using DuckDB.NET.Data;

namespace Analytics.Warehouse.Extracts;

/// <summary>Every extract table and column described in Russian and English, taken from the models' .yml files.</summary>
public static class DataDictionaryDocument
{
    public const string FileName = "data_dictionary.md";

    private static readonly Dictionary<string, (string Ru, string En)> QuarantineColumns = new(StringComparer.Ordinal)
    {
        ["batch"] = ("Номер пакета загрузки", "Load batch number"),
        ["dataset"] = ("Набор данных", "Dataset"),
        ["file"] = ("Файл", "File"),
        ["row"] = ("Строка файла (заголовок = 1)", "File row (header = 1)"),
        ["column"] = ("Первый ошибочный столбец", "First failing column"),
        ["reason"] = ("Причина", "Reason"),
    };

    /// <summary>The tables made from the release folder (methodology §14), not from a mart: written by every extract.</summary>
    private static readonly (string Table, string Ru, string En, (string Column, string Ru, string En)[] Columns)[] ReleaseTables =
    [
        ("releases", "Выпуски месяцев (методология §14): одна строка на редакцию.", "Monthly releases (methodology §14): one row per revision.",
        [
            ("month", "Месяц кампании", "Campaign month"),
            ("revision", "Номер редакции, с 1", "Revision number, from 1"),
            ("cutoff", "Дата среза выпуска: последний день месяца", "The release's cut-off: the month's last day"),
            ("released_at", "Когда выпущена (UTC)", "When it was released (UTC)"),
            ("inputs_sha256", "SHA-256 входных файлов выпуска", "SHA-256 of the release's input files"),
            ("changes", "Число значений, изменённых с предыдущей редакции; пусто для редакции 1", "Values changed since the previous revision; empty for revision 1"),
        ]),
        ("release_changes", "Изменённые значения: одна строка на значение, появившуюся или исчезнувшую строку.", "Changed values: one row per value, or per row that appeared or disappeared.",
        [
            ("month", "Месяц кампании", "Campaign month"),
            ("revision", "Редакция, в которой значение изменилось", "The revision that changed the value"),
            ("table", "Таблица выгрузки", "Extract table"),
            ("key", "Естественный ключ строки, части через вертикальную черту", "The row's natural key, parts joined by a vertical bar"),
            ("column", "Столбец; пусто, когда строка появилась или исчезла", "Column; empty when the row appeared or disappeared"),
            ("old_value", "Значение в предыдущей редакции", "Value in the previous revision"),
            ("new_value", "Значение в этой редакции", "Value in this revision"),
        ]),
    ];

    public static string Render(DuckDBConnection connection)
    {
        var models = ModelCatalog.LoadEmbedded().ToDictionary(model => model.QualifiedName, StringComparer.Ordinal);
        var cutoff = connection.QuerySingleOrDefaultDate("select cutoff from config.build");
        var text = new StringBuilder();
        text.AppendLine("# Словарь данных / Data dictionary");
        text.AppendLine();
        text.AppendLine($"Дата среза / Cut-off: {cutoff}. Доли — дроби 0..1; пусто — нет значения. Shares are fractions 0..1; empty means missing.");
        foreach (var table in ExtractCatalog.Tables)
        {
            text.AppendLine();
            text.AppendLine($"## {table.Name}");
            text.AppendLine();
            var model = models.GetValueOrDefault(table.Model);
            if (model is not null)
            {
                text.AppendLine($"{model.Metadata.Description} {model.Metadata.Grain}");
                text.AppendLine();
            }

            text.AppendLine("| column | описание | description |");
            text.AppendLine("|---|---|---|");
            foreach (var column in ExtractColumns(connection, table))
            {
                var described = model?.Metadata.Columns.FirstOrDefault(c => c.Name == column);
                var (ru, en) = described is not null ? (described.Ru, described.En) : QuarantineColumns.GetValueOrDefault(column, ("", ""));
                text.AppendLine($"| {column} | {ru} | {en} |");
            }
        }

        foreach (var (table, ru, en, columns) in ReleaseTables)
        {
            text.AppendLine();
            text.AppendLine($"## {table}");
            text.AppendLine();
            text.AppendLine($"{ru} {en}");
            text.AppendLine();
            text.AppendLine("| column | описание | description |");
            text.AppendLine("|---|---|---|");
            foreach (var column in columns)
            {
                text.AppendLine($"| {column.Column} | {column.Ru} | {column.En} |");
            }
        }

        return text.ToString();
    }

    private static IEnumerable<string> ExtractColumns(DuckDBConnection connection, ExtractTable table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"select * from ({table.Query}) limit 0";
        using var reader = command.ExecuteReader();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            yield return reader.GetName(i);
        }
    }

    private static string QuerySingleOrDefaultDate(this DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value switch
        {
            DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            DateTime dateTime => dateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            _ => "—",
        };
    }
}
