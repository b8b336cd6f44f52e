using System.CommandLine;
using Analytics.Cli.Console;
using Analytics.Warehouse;
using Analytics.Warehouse.Extracts;

namespace Analytics.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create(GlobalOptions global)
    {
        var outDirectory = new Option<string>("--out") { Description = "Папка для выгрузок / Output folder", Required = true };
        var format = new Option<string>("--format") { Description = "parquet или csv", DefaultValueFactory = _ => "parquet" };
        format.AcceptOnlyFromAmong("parquet", "csv");
        var command = new Command("extract", "Выгрузить таблицы для аналитиков (Parquet или CSV) / Write the extract tables");
        command.Options.Add(outDirectory);
        command.Options.Add(format);
        command.SetAction(result => Run(
            global.WarehouseOf(result),
            result.GetValue(outDirectory)!,
            result.GetValue(format) == "csv" ? ExtractFormat.Csv : ExtractFormat.Parquet,
            global.LanguageOf(result),
            System.Console.Out));
        return command;
    }

    public static int Run(WarehouseDatabase database, string outDirectory, ExtractFormat format, CliLanguage language, TextWriter output)
    {
        using var connection = WarehouseGuard.OpenBuilt(database, language);
        var written = ExtractWriter.Write(connection, outDirectory, format);
        output.WriteLine(language.Say(
            $"Выгрузка ({format.ToString().ToLowerInvariant()}): {written.Count} таблиц в {Path.GetFullPath(outDirectory)}",
            $"Жүктеп алу ({format.ToString().ToLowerInvariant()}): {written.Count} кесте, {Path.GetFullPath(outDirectory)}"));
        return 0;
    }
}
