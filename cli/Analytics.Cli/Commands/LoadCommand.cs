using System.CommandLine;
using Analytics.Cli.Console;
using Analytics.Etl.Loading;
using Analytics.Etl.Privacy;
using Analytics.Warehouse;
using Analytics.Warehouse.Configuration;

namespace Analytics.Cli.Commands;

internal static class LoadCommand
{
    public static Command Create(GlobalOptions global)
    {
        var directory = new Argument<string>("dir") { Description = "Папка пакета с файлами входного контракта / Batch folder" };
        var command = new Command("load", "Загрузить все файлы папки одним пакетом / Load every contract file of a folder as one batch");
        command.Arguments.Add(directory);
        command.SetAction(result =>
        {
            var language = global.LanguageOf(result);
            var secret = Environment.GetEnvironmentVariable(PseudonymKey.EnvironmentVariable) ?? global.PseudonymSecretOf(result);
            if (string.IsNullOrEmpty(secret))
            {
                throw new ConfigurationException(language.Say(
                    $"Не задан секрет псевдонимизации: задайте переменную окружения {PseudonymKey.EnvironmentVariable} или ключ pseudonym_secret в файле --config (не короче 16 символов). Без него загрузка не начинается.",
                    $"Бүркеншік ат құпиясы берілмеген: {PseudonymKey.EnvironmentVariable} орта айнымалысын немесе --config файлындағы pseudonym_secret кілтін беріңіз (кемінде 16 таңба). Онсыз жүктеу басталмайды."));
            }

            return Run(global.WarehouseOf(result), result.GetValue(directory)!, new PseudonymKey(secret), language, System.Console.Out);
        });
        return command;
    }

    public static int Run(WarehouseDatabase database, string directory, PseudonymKey key, CliLanguage language, TextWriter output)
    {
        output.WriteLine(language.Say($"Загрузка пакета {Path.GetFullPath(directory)} в {database.Path}", $"{Path.GetFullPath(directory)} пакетін {database.Path} қоймасына жүктеу"));
        var result = new BatchLoader(database, key).Load(directory, file => LoadSummaryPrinter.Print(file, language, output));
        var read = result.Files.Sum(file => file.RowsRead);
        var loaded = result.Files.Sum(file => file.RowsLoaded);
        var quarantined = result.Files.Sum(file => file.RowsQuarantined);
        output.WriteLine(language.Say(
            $"Пакет {result.BatchId}: прочитано {read}, загружено {loaded}, в карантине {quarantined}.",
            $"{result.BatchId}-пакет: оқылды {read}, жүктелді {loaded}, карантинде {quarantined}."));
        return 0;
    }
}
