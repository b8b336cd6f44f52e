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
