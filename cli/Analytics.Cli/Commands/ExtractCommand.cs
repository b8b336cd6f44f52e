using System.CommandLine;
using Analytics.Cli.Console;
using Analytics.Warehouse;
using Analytics.Warehouse.Extracts;
using Analytics.Warehouse.Releases;

namespace Analytics.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create(GlobalOptions global)
    {
        var outDirectory = new Option<string>("--out") { Description = "Папка для выгрузок / Output folder", Required = true };
        var format = new Option<string>("--format") { Description = "parquet или csv", DefaultValueFactory = _ => "parquet" };
        format.AcceptOnlyFromAmong("parquet", "csv");
        var release = new Option<int?>("--release") { Description = "Выгрузить выпуск месяца N / Write month N's release" };
        var revision = new Option<int?>("--revision") { Description = "Редакция выпуска (по умолчанию последняя) / Revision (default: the latest)" };
        var command = new Command("extract", "Выгрузить таблицы для аналитиков (Parquet или CSV) / Write the extract tables");
        command.Options.Add(outDirectory);
        command.Options.Add(format);
        command.Options.Add(release);
        command.Options.Add(revision);
        command.SetAction(result =>
        {
            var chosen = result.GetValue(format) == "csv" ? ExtractFormat.Csv : ExtractFormat.Parquet;
            return result.GetValue(release) is { } month
                ? RunRelease(global.WarehouseOf(result), month, result.GetValue(revision), result.GetValue(outDirectory)!, chosen, global.LanguageOf(result), System.Console.Out)
                : Run(global.WarehouseOf(result), result.GetValue(outDirectory)!, chosen, global.LanguageOf(result), System.Console.Out);
        });
        return command;
    }

    public static int Run(WarehouseDatabase database, string outDirectory, ExtractFormat format, CliLanguage language, TextWriter output)
    {
        using var connection = WarehouseGuard.OpenBuilt(database, language);
        var tables = ExtractCatalog.Tables.Concat(ReleaseExtracts.History(connection, ReleaseStore.Beside(database).All()));
        var written = ExtractWriter.Write(connection, outDirectory, format, tables, DataDictionaryDocument.Render);
        Report(written.Count, outDirectory, format, language, output);
        return 0;
    }

    /// <summary>Reads the release folder only, so it runs while a load or build holds the warehouse.</summary>
    public static int RunRelease(WarehouseDatabase database, int month, int? revision, string outDirectory, ExtractFormat format, CliLanguage language, TextWriter output)
    {
        var written = ReleaseExtracts.Write(ReleaseStore.Beside(database), month, revision, outDirectory, format);
        Report(written.Count, outDirectory, format, language, output);
        return 0;
    }

    private static void Report(int tables, string outDirectory, ExtractFormat format, CliLanguage language, TextWriter output) =>
        output.WriteLine(language.Say(
            $"Выгрузка ({format.ToString().ToLowerInvariant()}): {tables} таблиц в {Path.GetFullPath(outDirectory)}",
            $"Жүктеп алу ({format.ToString().ToLowerInvariant()}): {tables} кесте, {Path.GetFullPath(outDirectory)}"));
}
