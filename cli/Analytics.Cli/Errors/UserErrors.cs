using Analytics.Cli.Console;
using Analytics.Reports;
using Analytics.Warehouse;
using Analytics.Warehouse.Configuration;
using Analytics.Warehouse.Runner;
using DuckDB.NET.Data;
using Npgsql;

namespace Analytics.Cli.Errors;

/// <summary>
/// Tells the errors an analyst can fix (bad input, configuration, a busy or missing warehouse, an unreachable
/// source, a folder that cannot be written) from faults of the product, and says them in the CLI's language.
/// </summary>
internal static class UserErrors
{
    /// <summary>One message saying what is wrong and what to do, or null when the error is the product's own.</summary>
    public static string? Describe(Exception exception, CliLanguage language)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (DescribeOne(current, language) is { } message)
            {
                return message;
            }
        }

        return null;
    }

    private static string? DescribeOne(Exception exception, CliLanguage language) => exception switch
    {
        ConfigurationException configuration => language.IsKazakh ? configuration.MessageKk ?? configuration.Message : configuration.Message,
        ReportUnavailableException report => language.IsKazakh ? report.MessageKk : report.Message,
        DataTestFailedException test => DataTestsFailed(test, language),
        WarehouseBusyException busy => language.Say(
            $"Хранилище {busy.Path} занято: его держит {busy.Holder}; ждали {busy.Waited.TotalSeconds:0} с. Ничего не изменено. Повторите, когда тот процесс закончит, или увеличьте --wait.",
            $"{busy.Path} қоймасы бос емес: оны {busy.Holder} ұстап тұр; {busy.Waited.TotalSeconds:0} с күттік. Ештеңе өзгертілмеді. Ол процесс аяқталғанда қайталаңыз немесе --wait мәнін үлкейтіңіз."),
        // only what the machine ran short of: the model's name in front of a message about opening the file would mislead
        ModelFailedException { InnerException: DuckDBException duck } failed when OutOfResources(duck.Message, language) is { } said =>
            failed.InTests
                ? language.Say($"Пересчёт остановлен на проверках данных модели {failed.Model}. {said}", $"Қайта есептеу {failed.Model} моделінің деректер тексерістерінде тоқтады. {said}")
                : language.Say($"Пересчёт остановлен на модели {failed.Model}. {said}", $"Қайта есептеу {failed.Model} моделінде тоқтады. {said}"),
        DuckDBException duck => Warehouse(duck.Message, language),
        PostgresException postgres => language.Say(
            $"Источник PostgreSQL отказал: {postgres.MessageText} ({postgres.SqlState}). Проверьте пользователя, пароль и базу в --source. Хранилище не изменено.",
            $"PostgreSQL көзі бас тартты: {postgres.MessageText} ({postgres.SqlState}). --source ішіндегі пайдаланушыны, құпиясөзді және базаны тексеріңіз. Қойма өзгертілмеді."),
        NpgsqlException npgsql => language.Say(
            $"Источник PostgreSQL недоступен: {npgsql.Message} Проверьте хост и порт в --source и что сервер запущен. Хранилище не изменено.",
            $"PostgreSQL көзіне қосылу мүмкін емес: {npgsql.Message} --source ішіндегі хост пен портты және сервердің іске қосылғанын тексеріңіз. Қойма өзгертілмеді."),
        // Npgsql's builder throws KeyNotFoundException, not ArgumentException, for a keyword it does not know
        ArgumentException or KeyNotFoundException when FromNpgsql(exception) => language.Say(
            $"Строка подключения --source не разобрана: {(exception is KeyNotFoundException ? "в ней есть неизвестный ключ." : exception.Message)} Ожидается вид Host=…;Port=5432;Database=…;Username=…;Password=….",
            $"--source қосылу жолы талданбады: {(exception is KeyNotFoundException ? "онда белгісіз кілт бар." : exception.Message)} Host=…;Port=5432;Database=…;Username=…;Password=… түрі күтіледі."),
        UnauthorizedAccessException denied => language.Say(
            $"Нет доступа: {denied.Message} Проверьте права на файл или папку, или укажите другую (--out, --warehouse).",
            $"Қол жеткізу жоқ: {denied.Message} Файлға не бумаға құқықтарды тексеріңіз немесе басқасын көрсетіңіз (--out, --warehouse)."),
        FileNotFoundException => language.Say($"Не найдено: {exception.Message}", $"Табылмады: {exception.Message}"),
        DirectoryNotFoundException => language.Say(
            $"Путь не найден: {exception.Message} Проверьте путь (--out, --warehouse, папку пакета) и что в нём нет файла на месте папки.",
            $"Жол табылмады: {exception.Message} Жолды (--out, --warehouse, пакет бумасы) және онда бума орнында файл жоқтығын тексеріңіз."),
        IOException io => language.Say(
            $"Ошибка файловой системы: {io.Message} Проверьте путь, права и свободное место.",
            $"Файл жүйесінің қатесі: {io.Message} Жолды, құқықтарды және бос орынды тексеріңіз."),
        _ => null,
    };

    private static string DataTestsFailed(DataTestFailedException test, CliLanguage language)
    {
        var lines = test.Failures.Select(failure =>
        {
            var advice = failure.Advice is { } given ? ". " + language.Say(given.Ru, given.Kk) : "";
            return language.Say(
                    $"  {failure.Model}, проверка {failure.Test}: строк с нарушением — {failure.Rows}{advice}; например:",
                    $"  {failure.Model}, {failure.Test} тексерісі: бұзушылығы бар жолдар — {failure.Rows}{advice}; мысалы:")
                + Environment.NewLine + string.Join(Environment.NewLine, failure.Examples);
        });
        return language.Say(
                $"Проверка данных на дату среза {test.Cutoff:dd.MM.yyyy} не пройдена ({test.Failures.Count}), пересчёт отменён, прежние показатели сохранены:",
                $"{test.Cutoff:dd.MM.yyyy} кесу күніне деректер тексерісі өтпеді ({test.Failures.Count}), қайта есептеу тоқтатылды, бұрынғы көрсеткіштер сақталды:")
            + Environment.NewLine + string.Join(Environment.NewLine, lines) + Environment.NewLine
            + language.Say("Исправьте данные и повторите analytics build.", "Деректерді түзетіп, analytics build қайталаңыз.");
    }

    private static string? Warehouse(string message, CliLanguage language)
    {
        if (message.Contains("not a valid DuckDB database file", StringComparison.Ordinal) || message.Contains("Corrupt", StringComparison.OrdinalIgnoreCase))
        {
            return language.Say(
                $"Файл хранилища повреждён или это не хранилище DuckDB ({message}). Укажите верный --warehouse или восстановите файл из резервной копии.",
                $"Қойма файлы бүлінген немесе бұл DuckDB қоймасы емес ({message}). Дұрыс --warehouse көрсетіңіз немесе файлды сақтық көшірмеден қалпына келтіріңіз.");
        }

        if (message.Contains("Permission denied", StringComparison.Ordinal) || message.Contains("Read-only file system", StringComparison.Ordinal)
            || message.Contains("read-only", StringComparison.OrdinalIgnoreCase))
        {
            return language.Say(
                $"Хранилище нельзя открыть на запись ({message}). Проверьте права на файл и папку или укажите другой --warehouse.",
                $"Қойманы жазу үшін ашу мүмкін емес ({message}). Файл мен бумаға құқықтарды тексеріңіз немесе басқа --warehouse көрсетіңіз.");
        }

        if (message.Contains("No such file or directory", StringComparison.Ordinal) || message.Contains("Not a directory", StringComparison.Ordinal))
        {
            return language.Say(
                $"Папка хранилища не существует ({message}). Проверьте путь --warehouse.",
                $"Қойма бумасы жоқ ({message}). --warehouse жолын тексеріңіз.");
        }

        return OutOfResources(message, language)
            ?? (message.StartsWith("IO Error", StringComparison.Ordinal) || message.Contains("IO Error:", StringComparison.Ordinal)
                ? language.Say(
                    $"Хранилище не открывается: {message}. Проверьте путь --warehouse и права.",
                    $"Қойма ашылмайды: {message}. --warehouse жолын және құқықтарды тексеріңіз.")
                : null);
    }

    /// <summary>A statement that ran out of disk or memory: what to free or raise; null for any other error.</summary>
    private static string? OutOfResources(string message, CliLanguage language)
    {
        if (message.Contains("No space left", StringComparison.Ordinal))
        {
            return language.Say(
                $"Не хватило места на диске ({message}). Транзакция отменена, хранилище не изменено; освободите место рядом с хранилищем (там и папка подкачки <хранилище>.tmp) и повторите.",
                $"Дискіде орын жетпеді ({message}). Транзакция тоқтатылды, қойма өзгертілмеді; қойманың жанында (уақытша <қойма>.tmp бумасы да сонда) орын босатып, қайталаңыз.");
        }

        if (message.Contains("Out of Memory", StringComparison.OrdinalIgnoreCase))
        {
            return language.Say(
                $"Запросу не хватило памяти в пределах {WarehouseMemory.ConfigKey} ({FirstLine(message)}). Транзакция отменена, хранилище не изменено. Увеличьте предел: переменная окружения {WarehouseMemory.Variable} (например, {WarehouseMemory.Variable}=2GB) или \"{WarehouseMemory.ConfigKey}\" в файле --config, и повторите.",
                $"Сұрауға {WarehouseMemory.ConfigKey} шегінде жад жетпеді ({FirstLine(message)}). Транзакция тоқтатылды, қойма өзгертілмеді. Шекті үлкейтіңіз: {WarehouseMemory.Variable} орта айнымалысы (мысалы, {WarehouseMemory.Variable}=2GB) немесе --config файлындағы \"{WarehouseMemory.ConfigKey}\", және қайталаңыз.");
        }

        return null;
    }

    // DuckDB goes on with advice in SQL (SET threads, SET memory_limit), which the analyst cannot act on.
    private static string FirstLine(string message) => message.Split('\n', 2)[0].TrimEnd();

    private static bool FromNpgsql(Exception exception) =>
        exception.TargetSite?.DeclaringType?.Namespace?.StartsWith("Npgsql", StringComparison.Ordinal) == true
        || exception.StackTrace?.Contains("Npgsql", StringComparison.Ordinal) == true;
}
