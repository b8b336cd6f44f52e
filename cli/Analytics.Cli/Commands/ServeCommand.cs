using System.CommandLine;
using Analytics.Cli.Errors;
using Analytics.Cli.Serve;
using Analytics.Etl.Privacy;
using Analytics.Warehouse.Configuration;
using Coravel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Analytics.Cli.Commands;

internal static class ServeCommand
{
    public static Command Create(GlobalOptions global)
    {
        var inbox = new Option<string>("--inbox") { Description = "Папка, куда поступают файлы / Folder to watch", DefaultValueFactory = _ => "inbox" };
        var outDirectory = new Option<string>("--out") { Description = "Папка для отчётов / Reports folder", DefaultValueFactory = _ => "reports" };
        var command = new Command("serve", "Планировщик: загрузка из папки каждую минуту, еженедельный отчёт в 06:00 по Алматы / The scheduler");
        command.Options.Add(inbox);
        command.Options.Add(outDirectory);
        command.SetAction(async (result, cancellation) =>
        {
            var language = global.LanguageOf(result);
            var key = LoadCommand.KeyOf(global, result, language);
            var settings = new ServeSettings(
                global.WarehouseOf(result), new InboxWatcher(result.GetValue(inbox)!, TimeSpan.FromMinutes(1)),
                Path.GetFullPath(result.GetValue(outDirectory)!), language, key);
            await RunAsync(settings, cancellation);
            return 0;
        });
        return command;
    }

    private static async Task RunAsync(ServeSettings settings, CancellationToken cancellation)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(settings);
        builder.Services.AddScheduler();
        builder.Services.AddTransient<InboxJob>();
        builder.Services.AddTransient<MorningReportsJob>();
        using var host = builder.Build();
        host.Services.UseScheduler(scheduler =>
        {
            scheduler.Schedule<InboxJob>().EveryMinute();
            // 06:00 in Almaty is 01:00 UTC all year (UTC+05:00, methodology §1).
            scheduler.Schedule<MorningReportsJob>().DailyAt(1, 0);
        }).OnError(exception => System.Console.Error.WriteLine(ErrorBoundary.Describe(exception, settings.Language, ["serve"])));

        System.Console.WriteLine(settings.Language.Say(
            $"Планировщик запущен: папка {settings.Inbox.Inbox}, отчёты в {settings.ReportsDirectory}. Остановка: Ctrl+C.",
            $"Жоспарлағыш іске қосылды: {settings.Inbox.Inbox} бумасы, есептер {settings.ReportsDirectory} ішінде. Тоқтату: Ctrl+C."));
        await host.RunAsync(cancellation);
    }
}
