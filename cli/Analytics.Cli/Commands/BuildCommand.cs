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
        var cutoff = CutoffOption();
        var full = new Option<bool>("--full")
        {
            Description = "Пересчитать все модели и темы обращений заново, даже если входные данные не изменились (нужно после правки хранилища вручную, SQL-запросами) / Rebuild every model and classify every appeal again (needed after editing the warehouse by hand)",
        };
        var command = new Command("build", "Пересчитать SQL-модели и проверки данных / Run the SQL models and their data tests");
        command.Options.Add(cutoff);
        command.Options.Add(full);
        command.SetAction(result => Run(
            global.WarehouseOf(result), ParseCutoff(result.GetValue(cutoff)), global.LanguageOf(result), System.Console.Out, result.GetValue(full)));
        return command;
    }

    public static Option<string?> CutoffOption() =>
        new("--cutoff") { Description = "Дата среза ГГГГ-ММ-ДД (по умолчанию сегодня в Алматы, не позже конца кампании) / Cut-off date" };

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

    public static int Run(WarehouseDatabase database, DateOnly? cutoff, CliLanguage language, TextWriter output, bool full = false)
    {
        if (!File.Exists(database.Path))
        {
            throw new ConfigurationException(language.Say(
                $"Хранилище {database.Path} не найдено: сначала загрузите данные (analytics load) или укажите верный --warehouse.",
                $"{database.Path} қоймасы табылмады: алдымен деректерді жүктеңіз (analytics load) немесе дұрыс --warehouse көрсетіңіз."));
        }

        using var connection = WarehouseSetup.PrepareAndOpen(database);
        var date = CutoffIn(WarehouseConfiguration.LoadCampaign(connection), cutoff, language);
        var runner = ModelRunner.Shipped();
        var result = runner.Build(connection, date, ProductVersion.Current, full: full);
        output.WriteLine(Summary(result, language));
        return 0;
    }

    /// <summary>The cut-off given, or else today's capped at the campaign's last day; refused before the campaign's first day.</summary>
    private static DateOnly CutoffIn(CampaignSettings campaign, DateOnly? cutoff, CliLanguage language)
    {
        var date = cutoff ?? CutoffDate.Default(campaign, DateTimeOffset.UtcNow);
        if (date < campaign.FirstDay)
        {
            throw new ConfigurationException(language.Say(
                $"Дата среза {date:dd.MM.yyyy} раньше начала кампании {campaign.FirstDay:dd.MM.yyyy}: показателей ещё нет. Укажите --cutoff не раньше {campaign.FirstDay:yyyy-MM-dd}.",
                $"Кесу күні {date:dd.MM.yyyy} науқан басталғаннан ({campaign.FirstDay:dd.MM.yyyy}) ерте: көрсеткіштер әлі жоқ. --cutoff мәнін {campaign.FirstDay:yyyy-MM-dd} күнінен ерте емес етіп көрсетіңіз."));
        }

        return date;
    }

    /// <summary>What the build did, in one sentence: how many models it rebuilt, and that every data test passed.</summary>
    public static string Summary(BuildResult result, CliLanguage language)
    {
        var seconds = result.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        var rebuilt = result.Timings.Count;
        if (rebuilt == 0)
        {
            return language.Say(
                $"Модели на дату среза {result.Cutoff:dd.MM.yyyy} не пересчитывались: входные данные всех моделей ({result.Models}) не изменились со времени прошлого пересчёта ({seconds} с).",
                $"{result.Cutoff:dd.MM.yyyy} кесу күніне модельдер қайта есептелмеді: барлық модельдің ({result.Models}) кіріс деректері алдыңғы есептеуден бері өзгермеген ({seconds} с).");
        }

        var (inPartRu, inPartKk) = result.InPart.Count == 0
            ? ("", "")
            : ($" (из них {result.InPart.Count} — только по строкам новых пакетов)", $" (оның ішінде {result.InPart.Count} — тек жаңа пакеттердің жолдары бойынша)");
        return result.Unchanged == 0
            ? language.Say(
                $"Модели пересчитаны на дату среза {result.Cutoff:dd.MM.yyyy} за {seconds} с: пересчитаны все ({rebuilt}){inPartRu}, все проверки данных пройдены.",
                $"Модельдер {result.Cutoff:dd.MM.yyyy} кесу күніне {seconds} с ішінде қайта есептелді: барлығы ({rebuilt}){inPartKk}, деректердің барлық тексерулері өтті.")
            : language.Say(
                $"Модели пересчитаны на дату среза {result.Cutoff:dd.MM.yyyy} за {seconds} с: пересчитано {rebuilt} из {result.Models}{inPartRu}, у остальных ({result.Unchanged}) входные данные не изменились; все проверки данных пройдены.",
                $"Модельдер {result.Cutoff:dd.MM.yyyy} кесу күніне {seconds} с ішінде қайта есептелді: {result.Models} модельдің {rebuilt} қайта есептелді{inPartKk}, қалғандарының ({result.Unchanged}) кіріс деректері өзгермеген; деректердің барлық тексерулері өтті.");
    }
}
