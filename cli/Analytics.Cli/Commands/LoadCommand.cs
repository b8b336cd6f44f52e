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
        var directory = new Argument<string?>("dir") { Description = "Папка пакета с файлами входного контракта / Batch folder", Arity = ArgumentArity.ZeroOrOne };
        var source = new Option<string?>("--source") { Description = "Строка подключения PostgreSQL кабинета: таблицы и представления с именами наборов данных / PostgreSQL connection string" };
        var command = new Command("load", "Загрузить пакет: файлы папки или таблицы PostgreSQL / Load a batch from a folder or PostgreSQL");
        command.Arguments.Add(directory);
        command.Options.Add(source);
        command.Validators.Add(result =>
        {
            if ((result.GetValue(directory) is null) == (result.GetValue(source) is null))
            {
                result.AddError("Укажите либо папку, либо --source / Give either a folder or --source.");
            }
        });
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

            var database = global.WarehouseOf(result);
            var loader = new BatchLoader(database, new PseudonymKey(secret));
            return result.GetValue(source) is { } connectionString
                ? Report(language, System.Console.Out, BatchLoader.DescribePostgres(connectionString), observer => loader.LoadFromPostgres(connectionString, observer), database)
                : Run(database, result.GetValue(directory)!, new PseudonymKey(secret), language, System.Console.Out);
        });
        return command;
    }

    public static int Run(WarehouseDatabase database, string directory, PseudonymKey key, CliLanguage language, TextWriter output) =>
        Report(language, output, Path.GetFullPath(directory), observer => new BatchLoader(database, key).Load(directory, observer), database);

    private static int Report(CliLanguage language, TextWriter output, string source, Func<LoadObserver, BatchLoadResult> load, WarehouseDatabase database)
    {
        output.WriteLine(language.Say($"Загрузка пакета {source} в {database.Path}", $"{source} пакетін {database.Path} қоймасына жүктеу"));
        var progress = ProgressPrinter.For(output, language);
        var result = load(new LoadObserver(
            file =>
            {
                progress.Clear();
                LoadSummaryPrinter.Print(file, language, output);
            },
            progress.Show));
        var read = result.Files.Sum(file => file.RowsRead);
        var loaded = result.Files.Sum(file => file.RowsLoaded);
        var quarantined = result.Files.Sum(file => file.RowsQuarantined);
        var reports = LoadReportWriter.Write(database, result);
        output.WriteLine(language.Say(
            $"Пакет {result.BatchId}: прочитано {read}, загружено {loaded}, в карантине {quarantined}. Отчёт о загрузке: {reports}",
            $"{result.BatchId}-пакет: оқылды {read}, жүктелді {loaded}, карантинде {quarantined}. Жүктеу есебі: {reports}"));
        return 0;
    }
}
