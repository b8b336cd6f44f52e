using System.CommandLine;
using Analytics.Cli.Console;
using Analytics.Reports;
using Analytics.Reports.Localization;
using Analytics.Reports.Pdf;
using Analytics.Reports.Pipeline;
using Analytics.Reports.Weekly;
using Analytics.Warehouse;

namespace Analytics.Cli.Commands;

internal static class ReportCommand
{
    public static Command Create(GlobalOptions global)
    {
        var command = new Command("report", "Отчёты: PDF, XLSX и манифест / Reports: PDF, XLSX and manifest");
        var week = new Option<int?>("--week") { Description = "Неделя кампании 1–16 (по умолчанию неделя даты среза) / Campaign week" };
        var outDirectory = new Option<string>("--out") { Description = "Папка для отчётов / Output folder", DefaultValueFactory = _ => "reports" };
        var weekly = new Command("weekly", "Еженедельный мониторинг: weekly-wNN-<язык>.pdf, .xlsx и .manifest.json / Weekly monitoring");
        weekly.Options.Add(week);
        weekly.Options.Add(outDirectory);
        weekly.SetAction((result, _) => RunWeeklyAsync(
            global.WarehouseOf(result), result.GetValue(week), result.GetValue(outDirectory)!, global.LanguageOf(result), System.Console.Out));
        command.Subcommands.Add(weekly);
        command.Subcommands.Add(PeriodicReportCommands.CreateMonthly(global));
        command.Subcommands.Add(PeriodicReportCommands.CreateQuarterly(global));
        command.Subcommands.Add(PeriodicReportCommands.CreateFinal(global));
        command.Subcommands.Add(PeriodicReportCommands.CreateNominations(global));
        command.Subcommands.Add(PeriodicReportCommands.CreateThreats(global));
        command.Subcommands.Add(PeriodicReportCommands.CreatePrimary(global));
        return command;
    }

    public static async Task<int> RunWeeklyAsync(WarehouseDatabase database, int? week, string outDirectory, CliLanguage language, TextWriter output)
    {
        // the browser starts while the marts are read
        await using var printer = new PdfPrinter();
        printer.Start();
        WeeklyReport report;
        using (var connection = WarehouseGuard.OpenBuilt(database, language))
        {
            report = WeeklyReportQuery.Read(connection, week);
        }

        var files = await ReportWriter.WriteAsync(new WeeklyReportDocument(report), ReportLanguage.Parse(language.Code), outDirectory, printer);
        output.WriteLine(language.Say($"Еженедельный мониторинг, неделя {report.Header.Week}:", $"Апталық мониторинг, {report.Header.Week}-апта:"));
        output.WriteLine($"  PDF:      {Path.GetFullPath(files.Pdf)}");
        output.WriteLine($"  XLSX:     {Path.GetFullPath(files.Xlsx)}");
        output.WriteLine($"  {language.Say("манифест", "манифест")}: {Path.GetFullPath(files.Manifest)}");
        return 0;
    }
}
