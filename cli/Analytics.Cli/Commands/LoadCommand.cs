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
        var batch = new BatchOptions();
        var rotate = RotateOption();
        var command = new Command("load", "Загрузить пакет: файлы папки или таблицы PostgreSQL / Load a batch from a folder or PostgreSQL");
        batch.AddTo(command);
        command.Options.Add(rotate);
        command.SetAction(result =>
        {
            var language = global.LanguageOf(result);
            var key = KeyOf(global, result, language);
            return Run(global.WarehouseOf(result), batch.Of(result), key, language, System.Console.Out, result.GetValue(rotate));
        });
        return command;
    }

    public static Option<bool> RotateOption() =>
        new("--rotate-pseudonym-secret") { Description = "Принять новый секрет псевдонимизации (прежние псевдонимы не пересчитываются) / Accept a new pseudonym secret" };

    /// <summary>The pseudonym secret from the environment or --config, or a message saying what is missing.</summary>
    public static PseudonymKey KeyOf(GlobalOptions global, ParseResult result, CliLanguage language)
    {
        var secret = Environment.GetEnvironmentVariable(PseudonymKey.EnvironmentVariable) ?? global.PseudonymSecretOf(result);
        if (string.IsNullOrWhiteSpace(secret) || secret.Length < PseudonymKey.MinimumLength)
        {
            throw new ConfigurationException(language.Say(
                $"Секрет псевдонимизации {(string.IsNullOrEmpty(secret) ? "не задан" : "короче " + PseudonymKey.MinimumLength + " символов")}: задайте переменную окружения {PseudonymKey.EnvironmentVariable} или ключ pseudonym_secret в файле --config (не короче {PseudonymKey.MinimumLength} символов). Без него загрузка не начинается.",
                $"Бүркеншік ат құпиясы {(string.IsNullOrEmpty(secret) ? "берілмеген" : PseudonymKey.MinimumLength + " таңбадан қысқа")}: {PseudonymKey.EnvironmentVariable} орта айнымалысын немесе --config файлындағы pseudonym_secret кілтін беріңіз (кемінде {PseudonymKey.MinimumLength} таңба). Онсыз жүктеу басталмайды."));
        }

        return new PseudonymKey(secret);
    }

    public static int Run(WarehouseDatabase database, BatchSource source, PseudonymKey key, CliLanguage language, TextWriter output, bool rotateSecret = false)
    {
        var loader = new BatchLoader(database, key) { RotateSecret = rotateSecret };
        if (source.ConnectionString is { } connectionString)
        {
            return Report(language, output, BatchLoader.DescribePostgres(connectionString), observer => loader.LoadFromPostgres(connectionString, observer), database);
        }

        // a wrong folder leaves nothing behind, not even the load reports' folder
        BatchLoader.CheckFolder(source.Directory!);
        return Report(language, output, Path.GetFullPath(source.Directory!), observer => loader.Load(source.Directory!, observer), database);
    }

    private static int Report(CliLanguage language, TextWriter output, string source, Func<LoadObserver, BatchLoadResult> load, WarehouseDatabase database)
    {
        output.WriteLine(language.Say($"Загрузка пакета {source} в {database.Path}", $"{source} пакетін {database.Path} қоймасына жүктеу"));
        // Checked before the batch, so that a folder that cannot hold the load report stops nothing half-way.
        LoadReportWriter.EnsureFolder(database);
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
        var reports = LoadReportWriter.Write(database, result, language.IsKazakh);
        output.WriteLine(language.Say(
            $"Пакет {result.BatchId}: прочитано {read}, загружено {loaded}, в карантине {quarantined}. Отчёт о загрузке: {reports}",
            $"{result.BatchId}-пакет: оқылды {read}, жүктелді {loaded}, карантинде {quarantined}. Жүктеу есебі: {reports}"));
        var refused = result.Files.Where(file => file.Status == FileLoadStatus.Refused).Select(file => file.FileName).ToList();
        if (refused.Count == 0)
        {
            return ExitCodes.Success;
        }

        output.WriteLine(language.Say(
            $"Пакет загружен, но не приняты файлы: {string.Join(", ", refused)}. Исправьте их и загрузите снова (код выхода 3).",
            $"Пакет жүктелді, бірақ мына файлдар қабылданбады: {string.Join(", ", refused)}. Оларды түзетіп, қайта жүктеңіз (шығу коды 3)."));
        return ExitCodes.LoadedWithRefusals;
    }
}
