using System.Globalization;
using System.Text;
using Analytics.Warehouse;
using Analytics.Warehouse.Configuration;
using Dapper;

namespace Analytics.Etl.Loading;

/// <summary>
/// Writes, beside the warehouse, a batch's summary (load-reports/batch-N.md) and every quarantined row
/// (load-reports/batch-N-quarantine.csv, UTF-8 with BOM so that Excel opens Cyrillic correctly).
/// </summary>
public static class LoadReportWriter
{
    /// <summary>Creates <c>load-reports</c> beside the warehouse, or says why it cannot be (a file of that name, no rights).</summary>
    public static string EnsureFolder(WarehouseDatabase database)
    {
        var folder = Path.Combine(Path.GetDirectoryName(database.Path)!, "load-reports");
        if (File.Exists(folder))
        {
            throw new ConfigurationException(
                $"Рядом с хранилищем лежит файл {folder}, а нужна папка для отчётов о загрузке: переименуйте или уберите этот файл. Ничего не загружено.",
                $"Қойманың жанында {folder} файлы жатыр, ал жүктеу есептеріне бума керек: бұл файлдың атын өзгертіңіз немесе алып тастаңыз. Ештеңе жүктелмеді.");
        }

        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <param name="kazakh">The summary's headings and notes, and the quarantine's reasons, in Kazakh rather than Russian.</param>
    public static string Write(WarehouseDatabase database, BatchLoadResult result, bool kazakh)
    {
        var folder = EnsureFolder(database);
        var name = string.Create(CultureInfo.InvariantCulture, $"batch-{result.BatchId:0000}");

        var summary = new StringBuilder()
            .AppendLine(kazakh ? $"# {result.BatchId}-пакет" : $"# Пакет {result.BatchId}")
            .AppendLine()
            .AppendLine(kazakh
                ? "| файл | жиынтық | нәтиже | оқылды | жүктелді | карантин | ескертпе |"
                : "| файл | набор данных | итог | прочитано | загружено | карантин | примечание |")
            .AppendLine("|---|---|---|---:|---:|---:|---|");
        foreach (var file in result.Files)
        {
            summary.AppendLine(CultureInfo.InvariantCulture,
                $"| {file.FileName} | {file.Dataset} | {Status(file.Status, kazakh)} | {file.RowsRead} | {file.RowsLoaded} | {file.RowsQuarantined} | {(kazakh ? file.Note?.Kk : file.Note?.Ru)} |");
        }

        File.WriteAllText(Path.Combine(folder, name + ".md"), summary.ToString());

        using var connection = database.Open();
        // raw.quarantine keeps the reason in Russian, and what was expected in both languages
        var reason = kazakh
            ? """
              case when column_name is null then 'жол: күтілгені — ' || expected_kk || coalesce(', табылғаны ' || value, '')
                   else '«' || column_name || '» бағаны: күтілгені — ' || expected_kk || coalesce(', табылғаны «' || value || '»', ', мәні бос') end
              """
            : "reason";
        var rows = connection.Query<(string File, string Dataset, long Row, string? Column, string? Value, string Reason)>(
            $"select source_file, dataset, source_row, column_name, value, {reason} from raw.quarantine where batch_id = $batch order by source_file, dataset, source_row",
            new { batch = result.BatchId });
        var csv = new StringBuilder("file,dataset,row,column,value,reason\n");
        foreach (var row in rows)
        {
            csv.AppendLine(string.Join(',', new[] { row.File, row.Dataset, row.Row.ToString(CultureInfo.InvariantCulture), row.Column, row.Value, row.Reason }.Select(Quote)));
        }

        var quarantine = Path.Combine(folder, name + "-quarantine.csv");
        File.WriteAllText(quarantine, csv.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return folder;
    }

    private static string Status(FileLoadStatus status, bool kazakh) => status switch
    {
        FileLoadStatus.Loaded => kazakh ? "жүктелді" : "загружен",
        FileLoadStatus.Duplicate => kazakh ? "бұрын жүктелген" : "уже загружен",
        FileLoadStatus.Refused => kazakh ? "қабылданбады" : "не принят",
        FileLoadStatus.Configuration => kazakh ? "баптаулар" : "настройки",
        _ => kazakh ? "белгісіз файл" : "неизвестный файл",
    };

    private static string Quote(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        // A cell starting with = + - @ would run as a formula in Excel.
        var safe = value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
