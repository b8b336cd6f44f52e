using System.CommandLine;
using System.Globalization;
using Analytics.Cli.Console;
using Analytics.Warehouse;
using Analytics.Warehouse.Configuration;
using Analytics.Warehouse.Runner;

namespace Analytics.Cli.Commands;

internal static class BuildCommand
{
    public static Command Create(GlobalOptions global)
    {
        var cutoff = new Option<string?>("--cutoff") { Description = "Дата среза ГГГГ-ММ-ДД (по умолчанию сегодня в Алматы, не позже конца кампании) / Cut-off date" };
        var command = new Command("build", "Пересчитать SQL-модели и проверки данных / Run the SQL models and their data tests");
        command.Options.Add(cutoff);
        command.SetAction(result => Run(global.WarehouseOf(result), ParseCutoff(result.GetValue(cutoff)), global.LanguageOf(result), System.Console.Out));
        return command;
    }

    public static DateOnly? ParseCutoff(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ConfigurationException(
                $"--cutoff: ожидалась дата ГГГГ-ММ-ДД, найдено \"{text}\".", $"--cutoff: ЖЖЖЖ-АА-КК күні күтілді, табылғаны \"{text}\".");
    }

    public static int Run(WarehouseDatabase database, DateOnly? cutoff, CliLanguage language, TextWriter output)
    {
        if (!File.Exists(database.Path))
        {
            throw new ConfigurationException(language.Say(
                $"Хранилище {database.Path} не найдено: сначала загрузите данные (analytics load) или укажите верный --warehouse.",
                $"{database.Path} қоймасы табылмады: алдымен деректерді жүктеңіз (analytics load) немесе дұрыс --warehouse көрсетіңіз."));
        }

        WarehouseSetup.Prepare(database);
        using var connection = database.Open();
        var campaign = WarehouseConfiguration.LoadCampaign(connection);
        var date = cutoff ?? CutoffDate.Default(campaign, DateTimeOffset.UtcNow);
        if (date < campaign.FirstDay)
        {
            throw new ConfigurationException(language.Say(
                $"Дата среза {date:dd.MM.yyyy} раньше начала кампании {campaign.FirstDay:dd.MM.yyyy}: показателей ещё нет. Укажите --cutoff не раньше {campaign.FirstDay:yyyy-MM-dd}.",
                $"Кесу күні {date:dd.MM.yyyy} науқан басталғаннан ({campaign.FirstDay:dd.MM.yyyy}) ерте: көрсеткіштер әлі жоқ. --cutoff мәнін {campaign.FirstDay:yyyy-MM-dd} күнінен ерте емес етіп көрсетіңіз."));
        }

        var runner = ModelRunner.Shipped();
        var result = runner.Build(connection, date, ProductVersion.Current);
        var seconds = result.Timings.Sum(timing => timing.Elapsed.TotalSeconds);
        output.WriteLine(language.Say(
            $"Модели пересчитаны на дату среза {date:dd.MM.yyyy}: {result.Timings.Count} моделей за {seconds:0.0} с, все проверки данных пройдены.",
            $"Модельдер {date:dd.MM.yyyy} кесу күніне қайта есептелді: {result.Timings.Count} модель, {seconds:0.0} с, деректердің барлық тексерулері өтті."));
        return 0;
    }
}
