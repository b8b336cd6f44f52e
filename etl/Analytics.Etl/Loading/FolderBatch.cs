using Analytics.Etl.Contracts;
using Analytics.Etl.Forms;
using Analytics.Etl.Sources;
using Analytics.Warehouse.Configuration;

namespace Analytics.Etl.Loading;

/// <summary>The inputs of a batch folder: configuration first, then each dataset's files and monthly forms.</summary>
internal static class FolderBatch
{
    public sealed record Configuration(InboxFile? CampaignFile, CampaignSettings? Campaign, InboxFile? TargetsFile, TargetSettings? Targets);

    /// <summary>Reads the folder's configuration before anything is written, so bad configuration stops the batch whole.</summary>
    public static Configuration ReadConfiguration(IReadOnlyList<InboxFile> files)
    {
        var campaign = files.FirstOrDefault(file => file.Kind == InboxFileKind.CampaignConfiguration);
        var targets = files.FirstOrDefault(file => file.Kind == InboxFileKind.TargetsConfiguration);
        return new Configuration(
            campaign, campaign is null ? null : CampaignSettings.Parse(File.ReadAllText(campaign.Path), campaign.Name),
            targets, targets is null ? null : TargetSettings.Parse(File.ReadAllText(targets.Path), targets.Name));
    }

    public static void Load(BatchContext batch, IReadOnlyList<InboxFile> files, Configuration configuration)
    {
        SaveConfiguration(batch, configuration);
        var forms = files.Where(file => file.Kind == InboxFileKind.MonthlyForm).Select(file => (File: file, Parts: ReadForm(file))).ToList();
        var inputs = InputContract.LoadOrder
            .SelectMany(contract => Inputs(contract, files, forms).OrderBy(input => input.File.Name, StringComparer.Ordinal).Select(input => (Contract: contract, input.File, input.Read)))
            .ToList();
        using (var hashes = new FileHashesAhead(inputs.Select(input => input.File.Path)))
        {
            foreach (var (contract, file, read) in inputs)
            {
                batch.LoadUnlessSeen(file.Name, contract, hashes.Of(file.Path), new FileInfo(file.Path).Length, read);
            }
        }

        foreach (var (file, parts) in forms.Where(form => form.Parts.Error is not null))
        {
            batch.Journal(file.Name, new FileLoadResult(file.Name, InputContract.OrgReports.Name, FileLoadStatus.Refused, 0, 0, 0, parts.Error, [], []), null, new FileInfo(file.Path).Length, DateTime.UtcNow);
        }

        foreach (var file in files.Where(file => file.Kind == InboxFileKind.NotRegular))
        {
            batch.Journal(file.Name, new FileLoadResult(file.Name, null, FileLoadStatus.Refused, 0, 0, 0, new LoadNote(
                "не обычный файл (символическая ссылка, канал FIFO или устройство): не открывался. Положите в папку пакета сам файл.",
                "қарапайым файл емес (символдық сілтеме, FIFO арнасы немесе құрылғы): ашылмады. Пакет бумасына файлдың өзін салыңыз."), [], []), null, 0, DateTime.UtcNow);
        }

        foreach (var file in files.Where(file => file.Kind == InboxFileKind.TooLarge))
        {
            var limit = InputLimits.MaxBytes(file.Path) >> 20;
            batch.Journal(file.Name, new FileLoadResult(file.Name, null, FileLoadStatus.Refused, 0, 0, 0, new LoadNote(
                $"файл больше {limit} МБ (предел для этого формата): не читался. Разбейте его на несколько файлов.",
                $"файл {limit} МБ-тан үлкен (бұл пішімнің шегі): оқылмады. Оны бірнеше файлға бөліңіз."), [], []), null, new FileInfo(file.Path).Length, DateTime.UtcNow);
        }

        foreach (var file in files.Where(file => file.Kind == InboxFileKind.Unknown))
        {
            batch.Journal(file.Name, new FileLoadResult(file.Name, null, FileLoadStatus.Unknown, 0, 0, 0, new LoadNote(
                "не файл входного контракта: не тронут", "кіріс келісімшартының файлы емес: қозғалмады"), [], []), null, new FileInfo(file.Path).Length, DateTime.UtcNow);
        }
    }

    private static void SaveConfiguration(BatchContext batch, Configuration configuration)
    {
        if (configuration.CampaignFile is { } campaignFile)
        {
            WarehouseConfiguration.Save(batch.Connection, configuration.Campaign!, batch.Transaction);
            batch.Journal(campaignFile.Name, ConfigurationReplaced(campaignFile), null, new FileInfo(campaignFile.Path).Length, DateTime.UtcNow);
        }

        if (configuration.TargetsFile is { } targetsFile)
        {
            WarehouseConfiguration.Save(batch.Connection, configuration.Targets!, batch.Transaction);
            batch.Journal(targetsFile.Name, ConfigurationReplaced(targetsFile), null, new FileInfo(targetsFile.Path).Length, DateTime.UtcNow);
        }
    }

    private static FileLoadResult ConfigurationReplaced(InboxFile file) =>
        new(file.Name, null, FileLoadStatus.Configuration, 0, 0, 0, new LoadNote("настройки заменены", "баптаулар ауыстырылды"), [], []);

    /// <summary>The dataset's own files, and for org_reports and events the parts of the monthly forms.</summary>
    private static IEnumerable<(InboxFile File, Func<TabularData> Read)> Inputs(
        DatasetContract contract, IReadOnlyList<InboxFile> files, IReadOnlyList<(InboxFile File, FormParts Parts)> forms)
    {
        foreach (var file in files.Where(file => file.Kind == InboxFileKind.Dataset && file.Dataset == contract.Name))
        {
            yield return (file, () => TabularReader.Read(file));
        }

        foreach (var (file, parts) in forms.Where(form => form.Parts.Error is null))
        {
            if (contract == InputContract.OrgReports)
            {
                yield return (file, () => parts.Report!);
            }
            else if (contract == InputContract.Events && parts.Events is { } events)
            {
                yield return (file, () => events);
            }
        }
    }

    /// <summary>A form is one submission: a sheet that cannot be read refuses the whole form, before either part loads.</summary>
    private static FormParts ReadForm(InboxFile file)
    {
        try
        {
            var (report, events) = MonthlyReportForm.Read(file.Path);
            return new FormParts(report, events, StructureProblem(report, events));
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or FormatException or ArgumentException or InvalidOperationException)
        {
            return new FormParts(null, null, BatchContext.Unreadable(exception));
        }
    }

    private static LoadNote? StructureProblem(TabularData report, TabularData? events)
    {
        var problems = new List<LoadNote>();
        if (report.Header.Count == 0)
        {
            problems.Add(new LoadNote(
                "лист отчёта («Отчет»): нет ни одной строки с подписью поля в столбце A и значением в столбце B",
                "есеп парағы («Есеп»): A бағанында өріс атауы, B бағанында мәні бар бірде-бір жол жоқ"));
        }
        else if (HeaderMapping.Map(InputContract.OrgReports, report.Header).Problem(InputContract.OrgReports) is { } reportProblem)
        {
            problems.Add(new LoadNote("лист отчёта («Отчет»): " + reportProblem.Ru, "есеп парағы («Есеп»): " + reportProblem.Kk));
        }

        if (events is not null && HeaderMapping.Map(InputContract.Events, events.Header).Problem(InputContract.Events) is { } eventsProblem)
        {
            problems.Add(new LoadNote("лист мероприятий («Мероприятия»): " + eventsProblem.Ru, "іс-шаралар парағы («Іс-шаралар»): " + eventsProblem.Kk));
        }

        return problems.Count == 0
            ? null
            : new LoadNote(
                "форма не принята целиком, ни отчёт, ни мероприятия: " + string.Join(" ", problems.Select(problem => problem.Ru)),
                "нысан толығымен қабылданбады, есеп те, іс-шаралар да: " + string.Join(" ", problems.Select(problem => problem.Kk)));
    }

    private sealed record FormParts(TabularData? Report, TabularData? Events, LoadNote? Error);
}
