using System.CommandLine;
using Analytics.Cli.Console;
using Analytics.Etl.Privacy;
using Analytics.Reports.Localization;
using Analytics.SampleData;
using Analytics.Warehouse;
using Analytics.Warehouse.Configuration;
using Analytics.Warehouse.Extracts;
using Analytics.Warehouse.Releases;

namespace Analytics.Cli.Commands;

internal static class DemoCommand
{
    /// <summary>The demo's data is synthetic, so a published secret is fine; real loads need their own.</summary>
    private const string DemoSecret = "senim-demo-secret-for-synthetic-data-only";

    public static Command Create(GlobalOptions global)
    {
        var outDirectory = new Option<string>("--out") { Description = "Папка демонстрации / Demo folder", DefaultValueFactory = _ => "out" };
        var scale = new Option<string>("--scale") { Description = "small или national", DefaultValueFactory = _ => "small" };
        scale.AcceptOnlyFromAmong("small", "national");
        var cutoff = new Option<string?>("--cutoff") { Description = "Дата среза ГГГГ-ММ-ДД (по умолчанию последний день кампании)" };
        var command = new Command("demo", "Создать данные, загрузить, пересчитать, выгрузить и напечатать отчёты / The whole path on sample data");
        command.Options.Add(outDirectory);
        command.Options.Add(scale);
        command.Options.Add(cutoff);
        command.SetAction((result, _) => RunAsync(
            result.GetValue(outDirectory)!, result.GetValue(scale), BuildCommand.ParseCutoff(result.GetValue(cutoff)), global.MemoryOf(result), global.LanguageOf(result), System.Console.Out));
        return command;
    }

    public static async Task<int> RunAsync(string outDirectory, string? scale, DateOnly? cutoff, WarehouseMemory memory, CliLanguage language, TextWriter output)
    {
        var root = Path.GetFullPath(outDirectory);
        var inbox = Path.Combine(root, "inbox");
        var database = new WarehouseDatabase(Path.Combine(root, "warehouse.duckdb")) { Memory = memory };
        foreach (var stale in new[] { database.Path, database.Path + ".wal" }.Where(File.Exists))
        {
            File.Delete(stale);
        }

        var releases = ReleaseStore.Beside(database).Root;
        if (Directory.Exists(releases))
        {
            Directory.Delete(releases, recursive: true);
        }

        output.WriteLine(language.Say("1/5 Условная федерация…", "1/5 Шартты федерация…"));
        SampleFederation.Write(inbox, SampleCommand.Options(scale, new SampleOptions().Seed));

        output.WriteLine(language.Say("2/5 Загрузка…", "2/5 Жүктеу…"));
        LoadCommand.Run(database, BatchSource.Folder(inbox), new PseudonymKey(DemoSecret), language, output);

        output.WriteLine(language.Say("3/5 Пересчёт моделей…", "3/5 Модельдерді есептеу…"));
        CampaignSettings campaign;
        using (var connection = database.Open())
        {
            campaign = WarehouseConfiguration.LoadCampaign(connection);
        }

        var built = cutoff ?? campaign.LastDay;
        BuildCommand.Run(database, built, language, output);
        // The last month complete at the cut-off is released, so its monthly reports print «Редакция 1».
        var released = Enumerable.Range(1, campaign.Months).LastOrDefault(month => campaign.FirstDay.AddMonths(month).AddDays(-1) <= built);
        if (released > 0)
        {
            ReleaseCommand.Run(database, released, language, output, DateTimeOffset.UtcNow);
        }

        output.WriteLine(language.Say("4/5 Выгрузки…", "4/5 Жүктеп алу…"));
        ExtractCommand.Run(database, Path.Combine(root, "extracts", "parquet"), ExtractFormat.Parquet, language, output);
        ExtractCommand.Run(database, Path.Combine(root, "extracts", "csv"), ExtractFormat.Csv, language, output);

        output.WriteLine(language.Say("5/5 Отчёты…", "5/5 Есептер…"));
        var reports = Path.Combine(root, "reports");
        await ReportCommand.RunWeeklyAsync(database, null, reports, new CliLanguage("ru"), output);
        await ReportCommand.RunWeeklyAsync(database, null, reports, new CliLanguage("kk"), output);
        await PeriodicReportCommands.RunMonthlyAsync(database, null, "all", null, reports, ReportLanguage.All, language, output);
        await PeriodicReportCommands.RunQuarterlyAsync(database, reports, ReportLanguage.All, language, output);
        await PeriodicReportCommands.RunFinalAsync(database, null, reports, ReportLanguage.All, language, output);
        await PeriodicReportCommands.RunNominationsAsync(database, reports, ReportLanguage.All, language, output);
        await PeriodicReportCommands.RunThreatsAsync(database, null, reports, ReportLanguage.All, language, output);
        await PeriodicReportCommands.RunPrimaryAsync(database, null, null, null, reports, ReportLanguage.All, language, output);

        FormCommand.Run(Path.Combine(root, "forms"), language, output);

        output.WriteLine();
        output.WriteLine(language.Say("Готово. Где что лежит:", "Дайын. Не қайда:"));
        output.WriteLine($"  {language.Say("входные файлы", "кіріс файлдар")}:   {inbox}");
        output.WriteLine($"  {language.Say("хранилище", "қойма")}:        {database.Path}");
        output.WriteLine($"  {language.Say("выгрузки", "жүктеп алулар")}:         {Path.Combine(root, "extracts")}");
        output.WriteLine($"  {language.Say("отчёты PDF", "PDF есептер")}:       {reports}");
        output.WriteLine($"  {language.Say("бланки отчёта", "есеп бланкілері")}:    {Path.Combine(root, "forms")}");
        return 0;
    }
}
